package org.siao.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.siao.releases.Bundle;
import org.siao.releases.JdbcReleaseStore;
import org.siao.releases.LiveReleases;
import org.siao.releases.RulesCompiler;
import org.siao.rulebook.CompiledPlans;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What opening the live release costs in a fresh JVM, as a start of the service does: the
 * process's CPU time and the wall time of {@code new LiveReleases(...)} on a database store.
 * Run it in fresh JVMs on one H2 file, with a folder for the compiled plan (optional; none
 * without it):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.siao.bench.StartTiming jdbc:h2:file:./target/start-timing/db 0a target/start-timing/plans  # first start: check whole, record
 * java ... StartTiming jdbc:h2:file:./target/start-timing/db 0a target/start-timing/plans  # restart, same build: hash, tables, plan compiled and kept
 * java ... StartTiming jdbc:h2:file:./target/start-timing/db 0a target/start-timing/plans  # again: the compiled plan loaded
 * java ... StartTiming jdbc:h2:file:./target/start-timing/db 0b target/start-timing/plans  # restart, another build: check whole (as every restart did before)
 * </pre>
 */
public final class StartTiming {

	private StartTiming() {
	}

	public static void main(String[] args) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		String url = args[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		String build = args[1];
		DriverManagerDataSource db = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		Map<String, byte[]> rules = RulesFolder.read(Path.of("rules")).files();
		Map<String, byte[]> cases = new TreeMap<>(RulesFolder.read(Path.of("casebook")).files());
		cases.keySet().removeIf(p -> !p.endsWith(".yaml"));
		Bundle seed = Bundle.of(rules, cases);
		long cpu = os.getProcessCpuTime();
		long wall = System.nanoTime();
		CompiledPlans plans = args.length > 2 ? CompiledPlans.in(Path.of(args[2]), build) : CompiledPlans.none();
		LiveReleases releases = new LiveReleases(new JdbcReleaseStore(db),
				new RulesCompiler(new RuleBookLoader(Clock.systemUTC(), plans), 4), Clock.systemUTC(), seed, build);
		System.out.printf("build %s: release %s live after %d ms wall, %d ms CPU (process, all threads); load %.2f%n", build,
				releases.live().version(), (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
				os.getSystemLoadAverage());
		releases.shutdown();
		System.exit(0);
	}

}
