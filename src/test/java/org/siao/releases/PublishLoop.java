package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run in a forked JVM by {@link CrashSafetyTests}: publishes releases to a store, one after the
 * other, until it is killed. Each release is a copy of the rules and casebook given with one
 * table cell changed, so releases are the size of the real ones. Before each publish it prints
 * {@code BEGIN <version>}, after it {@code DONE <version>}.
 */
public final class PublishLoop {

	private PublishLoop() {
	}

	public static void main(String[] args) {
		ReleaseStore store = ReleaseStore.open(Path.of(args[0]));
		Map<String, byte[]> base = store.read(store.head().orElseThrow().version()).files();
		long seq = store.entries().size();
		for (int i = 0;; i++) {
			Map<String, byte[]> files = new TreeMap<>(base);
			files.put("rules/loop.md", ("publish " + i + " of process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8));
			Bundle bundle = Bundle.of(files);
			Release live = store.head().orElseThrow();
			System.out.println("BEGIN " + bundle.version());
			System.out.flush();
			store.write(bundle);
			Release entry = new Release(++seq, bundle.version(), null, live.version(), "PUBLISH", "LIVE", "loop",
					Instant.now(), "loop " + i, null, null, null, null, null);
			store.moveHead(entry);
			store.append(entry);
			System.out.println("DONE " + bundle.version());
			System.out.flush();
		}
	}

}
