package org.siao.summaries;

import org.siao.areas.Areas;
import org.siao.rulebook.RuleBooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class SummariesConfiguration {

	@Bean
	AreaTallies areaTallies(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
		return new AreaTallies(jdbc, batch, new TransactionTemplate(transactions));
	}

	@Bean
	AreaSummaries areaSummaries(AreaTallies tallies, Areas areas, RuleBooks rules) {
		return new AreaSummaries(tallies, areas, rules);
	}

}
