package org.siao;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new schema with a random name on the local PostgreSQL (127.0.0.1:5432, database test, user
 * postgres, or {@code -Dsiao.test.postgres.url}), so that builds running side by side never see
 * each other's rows. Without PostgreSQL the test is skipped with a message, unless CI=true, where
 * it fails: CI must not pass by skipping the database it was asked to test.
 */
public final class TestPostgres {

	public static final String URL = System.getProperty("siao.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

	public static final String USER = "postgres";

	private TestPostgres() {
	}

	/** A fresh schema: its JDBC URL, and what drops it with everything in it. */
	public record Schema(String url, Runnable drop) {
	}

	public static Schema freshSchema() {
		DriverManagerDataSource admin = new DriverManagerDataSource(URL, USER, "");
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		try {
			execute(admin, "create schema " + schema);
		}
		catch (IllegalStateException e) {
			String message = "PostgreSQL at " + URL + " cannot be reached (" + e.getCause().getMessage() + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail("CI=true and " + message + ": the PostgreSQL half cannot run");
			}
			Assumptions.abort(message + ": the PostgreSQL half is skipped");
		}
		return new Schema(URL + "?currentSchema=" + schema, () -> execute(admin, "drop schema " + schema + " cascade"));
	}

	/** Runs one statement on its own connection. */
	public static void execute(DataSource ds, String sql) {
		try (Connection c = ds.getConnection()) {
			c.createStatement().execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
