package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Run in a forked JVM by {@link DatabaseCrashTests}: publishes releases to the database, one after
 * the other, until it is killed, as {@link PublishLoop} does to a folder. Prints
 * {@code BEGIN <version>} before each publish and {@code DONE <version>} after its commit.
 */
public final class JdbcPublishLoop {

	private JdbcPublishLoop() {
	}

	public static void main(String[] args) {
		// one connection for the whole loop, so that a publish is its transaction and not a connection being opened
		JdbcReleaseStore store = new JdbcReleaseStore(new SingleConnectionDataSource(args[0], args[1], "", true));
		Map<String, byte[]> base = store.read(store.head().orElseThrow().version()).files();
		for (int i = 0;; i++) {
			Map<String, byte[]> files = new TreeMap<>(base);
			files.put("rules/loop.md", ("publish " + i + " of process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8));
			Bundle bundle = Bundle.of(files);
			System.out.println("BEGIN " + bundle.version());
			System.out.flush();
			Release live = store.head().orElseThrow();
			Release entry = new Release(0, bundle.version(), null, live.version(), "PUBLISH", "LIVE", "loop", Instant.now(),
					"loop " + i, null, null, null, null, null);
			store.commit(ReleaseRepository.Change.goLive(bundle, entry, live.seq(), null)).orElseThrow();
			System.out.println("DONE " + bundle.version());
			System.out.flush();
		}
	}

}
