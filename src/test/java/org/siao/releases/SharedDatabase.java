package org.siao.releases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One database that several instances of the service share in a test: an in-memory H2 known by
 * name inside this JVM, or a fresh schema on the local PostgreSQL (127.0.0.1:5432, database test,
 * user postgres), dropped afterwards. Without PostgreSQL its half is skipped, unless CI=true,
 * where that is a failure.
 */
record SharedDatabase(String kind, String url, String user, Runnable drop) implements AutoCloseable {

	static final String POSTGRES_URL = System.getProperty("siao.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

	static SharedDatabase open(String kind) {
		if (kind.equals("H2")) {
			String url = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
			return new SharedDatabase(kind, url, "sa", () -> run(new DriverManagerDataSource(url, "sa", ""), "shutdown"));
		}
		DriverManagerDataSource admin = new DriverManagerDataSource(POSTGRES_URL, "postgres", "");
		String schema = "r_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection c = admin.getConnection()) {
			c.createStatement().execute("create schema " + schema);
		}
		catch (SQLException e) {
			String message = "PostgreSQL at " + POSTGRES_URL + " cannot be reached (" + e.getMessage() + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail("CI=true and " + message + ": the PostgreSQL half cannot run");
			}
			Assumptions.abort(message + ": the PostgreSQL half is skipped");
		}
		return new SharedDatabase(kind, POSTGRES_URL + "?currentSchema=" + schema, "postgres",
				() -> run(admin, "drop schema " + schema + " cascade"));
	}

	DriverManagerDataSource dataSource() {
		return new DriverManagerDataSource(url, user, "");
	}

	private static void run(DriverManagerDataSource ds, String sql) {
		try (Connection c = ds.getConnection()) {
			c.createStatement().execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
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
