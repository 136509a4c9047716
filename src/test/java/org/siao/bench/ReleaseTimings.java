package org.siao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.siao.drafts.DraftChecks;
import org.siao.drafts.DraftService;
import org.siao.drafts.RuleDrafts;
import org.siao.releases.Bundle;
import org.siao.releases.LiveReleases;
import org.siao.releases.Release;
import org.siao.releases.ReleaseStore;
import org.siao.releases.RulesCompiler;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

/**
 * Publish, rebase and rollback times on the repository's rules and casebook, warm, in a store of
 * its own: {@code java -cp target/test-classes:target/classes:<deps> org.siao.bench.ReleaseTimings [rounds]}.
 * Publish includes the compare-and-swap, the casebook gate (every case on live and on the draft),
 * writing the release and moving HEAD; the draft itself was compiled when it was made.
 */
public final class ReleaseTimings {

	private ReleaseTimings() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Map<String, byte[]> rules = RulesFolder.read(Path.of("rules")).files();
		Map<String, byte[]> cases = new TreeMap<>(RulesFolder.read(Path.of("casebook")).files());
		cases.keySet().removeIf(p -> !p.endsWith(".yaml"));
		RulesCompiler compiler = new RulesCompiler(new RuleBookLoader(Clock.systemUTC()), 16);
		LiveReleases releases = new LiveReleases(ReleaseStore.open(Files.createTempDirectory("siao-bench-")), compiler,
				Clock.systemUTC(), Bundle.of(rules, cases));
		DraftChecks checks = new DraftChecks(1, 4, Duration.ofMinutes(5));
		RuleDrafts drafts = new RuleDrafts(releases, compiler, checks, Clock.systemUTC(), false, 100, Duration.ofHours(1));
		String table = rules.keySet().stream().filter(p -> p.endsWith(".dmn")).findFirst().orElseThrow();
		String other = rules.keySet().stream().filter(p -> p.endsWith(".dmn")).skip(1).findFirst().orElseThrow();
		List<Long> create = new ArrayList<>();
		List<Long> effect = new ArrayList<>();
		List<Long> publish = new ArrayList<>();
		List<Long> rebase = new ArrayList<>();
		List<Long> rollback = new ArrayList<>();
		for (int round = 0; round < rounds + 1; round++) {
			Release before = releases.live();
			// two drafts of one release, each with a note added to a different table file
			String a = time(create, () -> drafts.create(null, edit(releases, table, "a" + System.nanoTime()), "bench").id());
			String b = drafts.create(null, edit(releases, other, "b" + System.nanoTime()), "bench").id();
			// staff read the draft's effect on the casebook before they publish it
			time(effect, () -> drafts.casebook(a));
			time(publish, () -> drafts.publish(a, "bench", "timing", null, true));
			time(rebase, () -> drafts.rebase(b));
			drafts.publish(b, "bench", "timing", null, true);
			time(rollback, () -> drafts.rollback(before.version(), "bench", "timing"));
			if (round == 0) {
				// the first round compiles and loads classes: not counted
				create.clear();
				effect.clear();
				publish.clear();
				rebase.clear();
				rollback.clear();
			}
		}
		System.out.printf("%d rounds on %d rule files and %d cases (median / max ms wall, median ms CPU of the process)%n",
				rounds, rules.size(), cases.size());
		report("create draft (compile + checks)", create);
		report("casebook effect of the draft", effect);
		report("publish (CAS + casebook gate + write + HEAD)", publish);
		report("rebase (three-way merge + compile of the result)", rebase);
		report("rollback (casebook gate + HEAD)", rollback);
		releases.shutdown();
		checks.shutdown();
		System.exit(0);
	}

	private static Map<String, byte[]> edit(LiveReleases releases, String path, String note) {
		String text = releases.bundle(releases.live().version()).text(Bundle.RULES + path);
		return Map.of(Bundle.RULES + path, (text + "\n<!-- " + note + " -->\n").getBytes(StandardCharsets.UTF_8));
	}

	// the CPU time of the whole process (checks run on more than one thread), which a busy machine
	// changes less than the wall-clock time, kept beside each wall-clock figure
	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
		.getOperatingSystemMXBean();

	private static final Map<List<Long>, List<Long>> CPU = new java.util.IdentityHashMap<>();

	private static <T> T time(List<Long> into, Supplier<T> work) {
		long start = System.nanoTime();
		long cpu = OS.getProcessCpuTime();
		T result = work.get();
		into.add((System.nanoTime() - start) / 1_000_000);
		CPU.computeIfAbsent(into, k -> new ArrayList<>()).add((OS.getProcessCpuTime() - cpu) / 1_000_000);
		return result;
	}

	private static void report(String what, List<Long> ms) {
		List<Long> sorted = new ArrayList<>(ms);
		Collections.sort(sorted);
		List<Long> cpu = new ArrayList<>(CPU.get(ms).subList(CPU.get(ms).size() - ms.size(), CPU.get(ms).size()));
		Collections.sort(cpu);
		System.out.printf("  %-52s %6d / %6d   CPU %6d%n", what, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
				cpu.get(cpu.size() / 2));
	}

}
