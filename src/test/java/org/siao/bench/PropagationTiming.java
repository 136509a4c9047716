package org.siao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.siao.releases.Bundle;
import org.siao.releases.Gate;
import org.siao.releases.JdbcReleaseStore;
import org.siao.releases.LiveReleases;
import org.siao.releases.Release;
import org.siao.releases.RulesCompiler;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How long a publish on one instance takes to be served by another on the same database: two
 * publishers (each with its own store and compiler, as two processes would have), B looking at
 * the store every 500 ms as the service does ({@code siao.releases.follow-interval}). Each
 * round publishes on A a change of a table (a note in a DMN file: new rules, so B must read and
 * compile them), then waits until B's live rule book is the new one.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.siao.bench.PropagationTiming [publishes] [jdbc-url user]
 * </pre>
 * Default: 20 publishes on a fresh schema of the local PostgreSQL. Prints median and max of the
 * delay (wall), and the CPU B's follower thread spent per publish.
 */
public final class PropagationTiming {

	private PropagationTiming() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test";
		String user = args.length > 2 ? args[2] : "postgres";
		String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
		DriverManagerDataSource admin = new DriverManagerDataSource(url, user, "");
		boolean postgres = url.startsWith("jdbc:postgresql");
		if (postgres) {
			admin.getConnection().createStatement().execute("create schema " + schema);
		}
		DriverManagerDataSource db = postgres ? new DriverManagerDataSource(url + "?currentSchema=" + schema, user, "") : admin;
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		try {
			run(rounds, db);
		}
		finally {
			if (postgres) {
				admin.getConnection().createStatement().execute("drop schema " + schema + " cascade");
			}
		}
		System.exit(0);
	}

	private static void run(int rounds, DriverManagerDataSource db) throws Exception {
		Map<String, byte[]> rules = RulesFolder.read(Path.of("rules")).files();
		Map<String, byte[]> cases = new TreeMap<>(RulesFolder.read(Path.of("casebook")).files());
		cases.keySet().removeIf(p -> !p.endsWith(".yaml"));
		Bundle seed = Bundle.of(rules, cases);
		RulesCompiler onA = new RulesCompiler(new RuleBookLoader(Clock.systemUTC()), 4);
		RulesCompiler onB = new RulesCompiler(new RuleBookLoader(Clock.systemUTC()), 4);
		LiveReleases a = new LiveReleases(new JdbcReleaseStore(db), onA, Clock.systemUTC(), seed);
		LiveReleases b = new LiveReleases(new JdbcReleaseStore(db), onB, Clock.systemUTC(), seed);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] followerCpu = new long[1];
		ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor();
		follower.scheduleWithFixedDelay(() -> {
			long before = threads.getCurrentThreadCpuTime();
			b.follow();
			followerCpu[0] += threads.getCurrentThreadCpuTime() - before;
		}, 500, 500, TimeUnit.MILLISECONDS);
		Gate compiles = (bundle, live, liveCases) -> new Gate.Verdict(onA.check(bundle.rules("bench")).book(), "not run");
		String table = rules.keySet().stream().filter(p -> p.endsWith(".dmn")).findFirst().orElseThrow();
		List<Long> delays = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		for (int round = 0; round <= rounds; round++) {
			Bundle live = a.bundle(a.live().version());
			Map<String, byte[]> files = new TreeMap<>(live.files());
			files.put(Bundle.RULES + table, (live.text(Bundle.RULES + table) + "\n<!-- round " + round + " -->\n")
				.getBytes(StandardCharsets.UTF_8));
			Bundle next = Bundle.of(files);
			onA.check(next.rules("bench")); // A's own draft check, before the publish: not part of the delay
			long cpuBefore = followerCpu[0];
			Release published = a.publish(next, live.version(), "PUBLISH", "bench", "round " + round, null, false, null, compiles);
			long start = System.nanoTime();
			while (!b.books().current().version().equals(published.rulesVersion())) {
				Thread.sleep(2);
			}
			long delay = (System.nanoTime() - start) / 1_000_000;
			Thread.sleep(1100); // let the follower's look finish before the next round counts CPU
			if (round > 0) { // the first round loads classes on B
				delays.add(delay);
				cpu.add((followerCpu[0] - cpuBefore) / 1_000_000);
			}
		}
		follower.shutdownNow();
		Collections.sort(delays);
		Collections.sort(cpu);
		System.out.printf("%d publishes of a table change, A -> B (follow every 500 ms): delay median %d ms, max %d ms;"
				+ " B's follower CPU per publish median %d ms, max %d ms; load %s%n", rounds, delays.get(delays.size() / 2),
				delays.get(delays.size() - 1), cpu.get(cpu.size() / 2), cpu.get(cpu.size() - 1),
				String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		a.shutdown();
		b.shutdown();
	}

}
