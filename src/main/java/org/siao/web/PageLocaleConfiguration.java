package org.siao.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: the REST API (and its problem-type pages) follows Accept-Language as machine clients
 * send it; the officials' pages follow the official's switch, kept in a cookie, Thai until switched.
 */
@Configuration(proxyBeanMethods = false)
class PageLocaleConfiguration implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Bean
	LocaleResolver localeResolver() {
		return new PageOrApiLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/api/**", "/problems/**");
	}

	/** Accept-Language under /api/, the cookie elsewhere; Thai by default in both. */
	static final class PageOrApiLocaleResolver implements LocaleResolver {

		private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

		private static final String COOKIE = "siao-lang";

		private final CookieLocaleResolver pages = new CookieLocaleResolver(COOKIE);

		PageOrApiLocaleResolver() {
			api.setDefaultLocale(THAI);
			pages.setDefaultLocale(THAI);
			pages.setCookieMaxAge(Duration.ofDays(365));
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (isApi(request) || isError(request) && !hasCookie(request)) {
				return api.resolveLocale(request);
			}
			return onlyThaiOrEnglish(pages.resolveLocale(request));
		}

		/** The error path answers API clients and pages alike: the switch when the official made one, else the header. */
		private static boolean isError(HttpServletRequest request) {
			return request.getRequestURI().substring(request.getContextPath().length()).equals("/error");
		}

		private static boolean hasCookie(HttpServletRequest request) {
			return request.getCookies() != null
					&& java.util.Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals(COOKIE));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			if (isApi(request)) {
				api.setLocale(request, response, locale);
			}
			else {
				pages.setLocale(request, response, locale == null ? null : onlyThaiOrEnglish(locale));
			}
		}

		private static Locale onlyThaiOrEnglish(Locale locale) {
			return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : THAI;
		}

		/** The API, and the pages that document its problem types for API clients. */
		private static boolean isApi(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") || path.startsWith("/problems/");
		}

	}

}
