package org.siao.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;

import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

/**
 * Loading and checking the repository's rules ({@link RuleBookLoader#check}, what every publish
 * and start-up pays), in CPU time of the whole process (the validator runs on a second thread,
 * and the JIT compiler and the GC count too) and in wall-clock time:
 * {@code java -cp ... org.siao.bench.LoadCpuTiming [loads] [profile.jfr]}. The first load is the
 * cold one (a fresh JVM); the others are reloads in a warm JVM. With a file name, a Flight
 * Recorder profile (method samples every 2 ms) of the second half of the warm loads is written.
 */
public final class LoadCpuTiming {

	private LoadCpuTiming() {
	}

	public static void main(String[] args) throws Exception {
		int loads = args.length > 0 ? Integer.parseInt(args[0]) : 12;
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		RulesFolder folder = RulesFolder.read(Path.of("rules"));
		jdk.jfr.Recording recording = null;
		long[] cpu = new long[loads];
		long[] wall = new long[loads];
		for (int i = 0; i < loads; i++) {
			if (args.length > 1 && i == loads / 2) {
				recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
				recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
				recording.start();
			}
			long cpu0 = os.getProcessCpuTime();
			long wall0 = System.nanoTime();
			RuleBookLoader.Report report = new RuleBookLoader(Clock.systemUTC()).check(folder);
			cpu[i] = os.getProcessCpuTime() - cpu0;
			wall[i] = System.nanoTime() - wall0;
			if (!report.publishable()) {
				throw new IllegalStateException("the rules do not load: " + report.errors());
			}
			System.out.printf("load %2d %s: %,6d ms CPU (process), %,6d ms wall%n", i + 1, i == 0 ? "cold" : "warm",
					cpu[i] / 1_000_000, wall[i] / 1_000_000);
		}
		if (recording != null) {
			recording.stop();
			recording.dump(Path.of(args[1]));
		}
		long[] warm = java.util.Arrays.copyOfRange(cpu, Math.min(loads - 1, loads / 2), loads);
		java.util.Arrays.sort(warm);
		System.out.printf("cold: %,d ms CPU; warm (median of the last %d): %,d ms CPU; load average %.1f%n",
				cpu[0] / 1_000_000, warm.length, warm[warm.length / 2] / 1_000_000, os.getSystemLoadAverage());
		System.exit(0);
	}

}
