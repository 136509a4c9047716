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
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What opening the live release costs in a fresh JVM, as a start of the service does: the
 * process's CPU time and the wall time of {@code new LiveReleases(...)} on a database store.
 * Run it three times in three JVMs on one H2 file:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.siao.bench.StartTiming jdbc:h2:file:./target/start-timing/db 0a  # first start: check whole, record
 * java ... org.siao.bench.StartTiming jdbc:h2:file:./target/start-timing/db 0a   # restart, same build: hash + compile
 * java ... org.siao.bench.StartTiming jdbc:h2:file:./target/start-timing/db 0b   # restart, another build: check whole (as every restart did before)
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
		LiveReleases releases = new LiveReleases(new JdbcReleaseStore(db),
				new RulesCompiler(new RuleBookLoader(Clock.systemUTC()), 4), Clock.systemUTC(), seed, build);
		System.out.printf("build %s: release %s live after %d ms wall, %d ms CPU (process, all threads); load %.2f%n", build,
				releases.live().version(), (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
				os.getSystemLoadAverage());
		releases.shutdown();
		System.exit(0);
	}

}
