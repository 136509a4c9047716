package org.siao.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.siao.survey.SurveyWords;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests the servlet container refuses before the application sees them (a path with an encoded
 * NUL or slash, bytes that are not UTF-8) get the same problem JSON as the rest, not the
 * container's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
		return factory -> factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	/** Writes the container's own errors as problems; never a stack trace or a server name. */
	public static class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String language = request.getHeader("Accept-Language");
			SurveyWords words = SurveyWords.of(language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en")
					? Locale.ENGLISH : Locale.forLanguageTag("th"));
			ProblemType type = ProblemType.ofStatus(status);
			String body = "{\"type\":\"" + type.type() + "\",\"title\":\"" + quote(words.text("problem." + type.slug() + ".title"))
					+ "\",\"status\":" + status + ",\"detail\":\"" + quote(words.text("problem." + type.slug() + ".detail")) + "\"}";
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client is gone or the answer was already sent: nothing more to say
			}
		}

		private static String quote(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}

	}

}
