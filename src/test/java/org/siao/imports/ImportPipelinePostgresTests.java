package org.siao.imports;

import org.junit.jupiter.api.AfterAll;
import org.siao.households.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import pipeline on the local PostgreSQL, in a schema of its own dropped afterwards. Skipped
 * when PostgreSQL cannot be reached, unless CI=true, where that fails.
 */
class ImportPipelinePostgresTests extends ImportPipelineTests {

	private static TestDatabase database;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		database = TestDatabase.postgres();
		properties.add("spring.datasource.url", () -> database.url);
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void drop() {
		if (database != null) {
			database.close();
		}
	}

}
