package org.siao.releases;

import java.util.UUID;

import org.siao.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One database that several instances of the service share in a test: an in-memory H2 known by
 * name inside this JVM, or a fresh schema on the local PostgreSQL ({@link TestPostgres}), dropped
 * afterwards.
 */
record SharedDatabase(String kind, String url, String user, Runnable drop) implements AutoCloseable {

	static SharedDatabase open(String kind) {
		if (kind.equals("H2")) {
			String url = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
			return new SharedDatabase(kind, url, "sa",
					() -> TestPostgres.execute(new DriverManagerDataSource(url, "sa", ""), "shutdown"));
		}
		TestPostgres.Schema schema = TestPostgres.freshSchema();
		return new SharedDatabase(kind, schema.url(), TestPostgres.USER, schema.drop());
	}

	DriverManagerDataSource dataSource() {
		return new DriverManagerDataSource(url, user, "");
	}

	@Override
	public void close() {
		drop.run();
	}

	@Override
	public String toString() {
		return kind;
	}

}
