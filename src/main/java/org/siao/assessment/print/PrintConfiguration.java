package org.siao.assessment.print;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

@Configuration(proxyBeanMethods = false)
class PrintConfiguration {

	@Bean
	PlanPdf planPdf(ITemplateEngine templates, MessageSource messages) {
		return new PlanPdf(templates, messages);
	}

}
