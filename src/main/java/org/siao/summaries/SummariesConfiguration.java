package org.siao.summaries;

import org.siao.areas.Areas;
import org.siao.rulebook.RuleBooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SummariesConfiguration {

	@Bean
	AreaSummaries areaSummaries(JdbcClient jdbc, Areas areas, RuleBooks rules) {
		return new AreaSummaries(jdbc, areas, rules);
	}

}
