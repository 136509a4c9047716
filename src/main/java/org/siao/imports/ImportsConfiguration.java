package org.siao.imports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Validator;
import org.siao.households.Households;
import org.siao.summaries.AreaTallies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

	@Bean
	ImportRuns importRuns(JdbcClient jdbc, JdbcTemplate batch) {
		return new ImportRuns(jdbc, batch);
	}

	@Bean
	SurveyImporter surveyImporter(ImportRuns runs, Households households, JsonMapper json, Validator validator,
			ExecutorService importAssessors, @Value("${siao.imports.threads:0}") int threads,
			@Value("${siao.imports.batch:250}") int batch, AreaTallies tallies) {
		return new SurveyImporter(runs, households, json, validator, importAssessors, threads(threads), batch,
				tallies);
	}

	/**
	 * The threads that assess imported surveys: one per core unless {@code siao.imports.threads}
	 * says otherwise. Storing runs beside them on the import's own thread, and the database in
	 * its own process, so the cores stay busy without more threads than cores.
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService importAssessors(@Value("${siao.imports.threads:0}") int threads) {
		AtomicInteger n = new AtomicInteger();
		return Executors.newFixedThreadPool(threads(threads), r -> {
			Thread t = new Thread(r, "import-assess-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	private static int threads(int configured) {
		return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
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
