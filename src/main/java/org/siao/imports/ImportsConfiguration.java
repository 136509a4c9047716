package org.siao.imports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.validation.Validator;
import org.siao.households.Households;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

	@Bean
	ImportRuns importRuns(JdbcClient jdbc) {
		return new ImportRuns(jdbc);
	}

	@Bean
	SurveyImporter surveyImporter(ImportRuns runs, Households households, JsonMapper json, Validator validator) {
		return new SurveyImporter(runs, households, json, validator);
	}

	/** Uploaded files are imported one at a time, beside the requests, never many at once on a small machine. */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService importWorker() {
		return Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "import");
			t.setDaemon(true);
			return t;
		});
	}

}
