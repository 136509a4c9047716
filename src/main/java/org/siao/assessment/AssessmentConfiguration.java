package org.siao.assessment;

import org.siao.rulebook.RuleBooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

	@Bean
	Assessor assessor(RuleBooks ruleBooks) {
		return new Assessor(ruleBooks);
	}

}
