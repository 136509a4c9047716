package org.siao.assessment.print;

import com.openhtmltopdf.util.XRLog;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

@Configuration(proxyBeanMethods = false)
class PrintConfiguration {

	@Bean
	PlanPdf planPdf(ITemplateEngine templates, MessageSource messages) {
		// the renderer's logger is one setting for the whole library, so it is made here, once
		XRLog.setLoggerImpl(new RendererLog());
		return new PlanPdf(templates, messages);
	}

}
