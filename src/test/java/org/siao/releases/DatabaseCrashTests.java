package org.siao.releases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process publishing releases to the database is killed at random moments, 10 times (an H2
 * file, and PostgreSQL); each time the store opens on the release before the publish in flight
 * or the one it was publishing, every stored bundle hashes to its version (never half written),
 * and every history row's bundle is there.
 */
class DatabaseCrashTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2 file", "PostgreSQL" })
	void aPublisherKilledMidTransactionLeavesTheOldOrTheNewReleaseWhole(String kind) throws Exception {
		SharedDatabase db = kind.equals("PostgreSQL") ? SharedDatabase.open(kind) : h2File();
		try (db) {
			DriverManagerDataSource ds = db.dataSource();
			Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
			JdbcReleaseStore first = new JdbcReleaseStore(ds);
			Bundle seed = Bundle.of(CrashSafetyTests.folder(Path.of("rules")), CrashSafetyTests.folder(Path.of("casebook")));
			first.commit(ReleaseRepository.Change.goLive(seed, new Release(0, seed.version(), null, null, "START", "LIVE",
					"system", Instant.now(), "seed", null, null, null, null, null), 0, null)).orElseThrow();

			Random random = new Random(20261129L);
			int interruptedMidPublish = 0;
			for (int kill = 0; kill < 10; kill++) {
				// let it publish a few, then kill it somewhere inside one
				KilledPublisher killed = KilledPublisher.run(random, 60, 40, JdbcPublishLoop.class, db.url(), db.user());
				assertThat(killed.publishedAny()).as("the loop published before it was killed").isTrue();

				JdbcReleaseStore reopened = new JdbcReleaseStore(ds);
				Release live = reopened.head().orElseThrow();
				assertThat(reopened.read(live.version()).version()).isEqualTo(live.version());
				String lastDone = killed.lastDone();
				String lastBegun = killed.lastBegun();
				assertThat(live.version()).as("kill %d: live is the last published or the one in flight", kill)
					.isIn(lastDone, lastBegun);
				interruptedMidPublish += killed.killedMidPublish() ? 1 : 0;
				for (String version : JdbcClient.create(ds).sql("select version from release_bundle").query(String.class).list()) {
					assertThat(reopened.read(version).version()).as("bundle %s whole", version).isEqualTo(version);
				}
				assertThat(reopened.entries()).allMatch(e -> reopened.has(e.version()));
				assertThat(reopened.entries()).anyMatch(e -> e.seq() == live.seq());
			}
			assertThat(interruptedMidPublish).as("kills landed inside publishes, not only between them").isGreaterThan(0);
		}
	}

	/**
	 * An H2 database in a file, which another process (the publisher) opens after this one lets go.
	 * WRITE_DELAY=0: by default H2 writes a commit to the file up to half a second later, so a
	 * process killed just after a publish returned would come back on the release before it.
	 */
	private static SharedDatabase h2File() throws IOException {
		Path dir = Files.createTempDirectory("siao-crash-db-");
		String url = "jdbc:h2:file:" + dir.resolve("releases") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;WRITE_DELAY=0";
		return new SharedDatabase("H2 file", url, "sa", () -> {
		});
	}

}
