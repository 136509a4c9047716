package org.siao.households;

import java.time.Duration;

import org.siao.areas.Areas;
import org.siao.assessment.Assessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class HouseholdsConfiguration {

	@Bean
	HouseholdStore householdStore(JdbcClient jdbc, JdbcTemplate batch) {
		return new HouseholdStore(jdbc, batch);
	}

	@Bean
	SurveyCodec surveyCodec(JsonMapper json) {
		return new SurveyCodec(json);
	}

	@Bean
	Households households(HouseholdStore store, SurveyCodec codec, Assessor assessor,
			PlatformTransactionManager transactions, @Value("${siao.households.visit-every:180d}") Duration visitEvery,
			@Value("${siao.households.item-late-after:30d}") Duration lateAfter) {
		return new Households(store, codec, assessor, new TransactionTemplate(transactions), visitEvery, lateAfter);
	}

	@Bean
	ResultsCsv resultsCsv(Households households, Areas areas) {
		return new ResultsCsv(households, areas);
	}

	@Bean
	StoredSurveys storedSurveys(HouseholdStore store, SurveyCodec codec) {
		return new StoredSurveys(store, codec);
	}

}
