package org.siao.releases;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process publishing releases is killed at random moments, 20 times; each time the store opens
 * on a whole release (its files hash to its version) that is the one before the publish in
 * flight or the one it was publishing, and no leftover of the interrupted write remains.
 */
class CrashSafetyTests {

	@Test
	void aKilledPublishAlwaysLeavesTheOldOrTheNewReleaseWhole() throws Exception {
		Path root = Files.createTempDirectory("siao-crash-");
		ReleaseStore first = ReleaseStore.open(root);
		Bundle seed = Bundle.of(folder(Path.of("rules")), folder(Path.of("casebook")));
		first.write(seed);
		Release start = new Release(1, seed.version(), null, null, "START", "LIVE", "system", Instant.now(), "seed", null,
				null, null, null, null);
		first.moveHead(start);
		first.append(start);

		Random random = new Random(20261129L);
		int interruptedMidPublish = 0;
		for (int kill = 0; kill < 20; kill++) {
			// let it publish a few, then kill it somewhere inside one
			KilledPublisher killed = KilledPublisher.run(random, 20, 25, PublishLoop.class, root.toString());
			assertThat(killed.publishedAny()).as("the loop published before it was killed").isTrue();

			ReleaseStore reopened = ReleaseStore.open(root);
			Release live = reopened.head().orElseThrow();
			Bundle bundle = reopened.read(live.version());
			assertThat(bundle.version()).isEqualTo(live.version());
			String lastDone = killed.lastDone();
			String lastBegun = killed.lastBegun();
			assertThat(live.version()).as("kill %d: live is the last published or the one in flight", kill)
				.isIn(lastDone, lastBegun);
			interruptedMidPublish += killed.killedMidPublish() ? 1 : 0;
			try (Stream<Path> leftovers = Files.list(root.resolve("bundles"))) {
				assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
			}
			try (Stream<Path> leftovers = Files.list(root)) {
				assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".HEAD"));
			}
			assertThat(reopened.entries()).anyMatch(e -> e.seq() == live.seq() && e.version().equals(live.version()));
		}
		// the kills must have landed inside publishes, not only between them, for the test to mean anything
		assertThat(interruptedMidPublish).isGreaterThan(0);
	}

	static Map<String, byte[]> folder(Path dir) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

}
