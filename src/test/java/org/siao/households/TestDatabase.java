package org.siao.households;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A freshly migrated database for one test class: an in-memory H2, or a new schema with a random
 * name on the local PostgreSQL (127.0.0.1:5432, database test, user postgres), dropped afterwards
 * so that builds running side by side never see each other's rows. Without PostgreSQL the
 * PostgreSQL half is skipped with a message, unless CI=true, where it fails.
 */
public final class TestDatabase implements AutoCloseable {

	static final String POSTGRES_URL = System.getProperty("siao.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	final String name;

	/** The JDBC URL of this database, for an application context to use it. */
	public final String url;

	final DataSource dataSource;

	private final Runnable drop;

	private TestDatabase(String name, String url, DataSource dataSource, Runnable drop) {
		this.name = name;
		this.url = url;
		this.dataSource = dataSource;
		this.drop = drop;
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

	static TestDatabase open(String kind) {
		return kind.equals("postgres") ? postgres() : h2();
	}

	static TestDatabase h2() {
		String url = "jdbc:h2:mem:t" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		DriverManagerDataSource h2 = new DriverManagerDataSource(url, "sa", "");
		return new TestDatabase("H2", url, h2, () -> run(h2, "shutdown"));
	}

	public static TestDatabase postgres() {
		DriverManagerDataSource admin = new DriverManagerDataSource(POSTGRES_URL, "postgres", "");
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection c = admin.getConnection()) {
			c.createStatement().execute("create schema " + schema);
		}
		catch (SQLException e) {
			String message = "PostgreSQL at " + POSTGRES_URL + " cannot be reached (" + e.getMessage()
					+ "): the PostgreSQL half of this test is skipped";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail("CI=true and " + message.replace("is skipped", "cannot run"));
			}
			Assumptions.abort(message);
		}
		String url = POSTGRES_URL + "?currentSchema=" + schema;
		DriverManagerDataSource inSchema = new DriverManagerDataSource(url, "postgres", "");
		return new TestDatabase("PostgreSQL", url, inSchema, () -> run(admin, "drop schema " + schema + " cascade"));
	}

	private static void run(DataSource ds, String sql) {
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
		return name;
	}

}
