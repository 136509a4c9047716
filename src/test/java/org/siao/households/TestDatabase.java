package org.siao.households;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.siao.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A freshly migrated database for one test class: an in-memory H2, or a fresh schema on the local
 * PostgreSQL ({@link TestPostgres}), dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {

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
		return new TestDatabase("H2", url, h2, () -> TestPostgres.execute(h2, "shutdown"));
	}

	public static TestDatabase postgres() {
		TestPostgres.Schema schema = TestPostgres.freshSchema();
		return new TestDatabase("PostgreSQL", schema.url(), new DriverManagerDataSource(schema.url(), TestPostgres.USER, ""),
				schema.drop());
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
