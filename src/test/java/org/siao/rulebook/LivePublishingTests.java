package org.siao.rulebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The live rules change while assessments run: no answer mixes versions, none fails. */
class LivePublishingTests {

	private final Path rules = org.siao.TestRules.copy();

	private final RuleBookLoader loader = new RuleBookLoader(Clock.systemUTC());

	private RuleBook changed(RuleBook base, String file, java.util.function.UnaryOperator<String> edit) {
		Map<String, byte[]> files = new java.util.TreeMap<>(base.folder().files());
		files.put(file, edit.apply(new String(files.get(file))).getBytes());
		return loader.load(RulesFolder.of("test", files));
	}

	/**
	 * Raises by 50 every amount cell whose element id matches, whatever the staff have written
	 * there, and insists at least one was found so the edit cannot silently do nothing.
	 */
	static String raised(String dmn, String idPattern) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(id=\"" + idPattern + "\"><text>)(\\d+)(</text>)").matcher(dmn);
		StringBuilder out = new StringBuilder();
		int found = 0;
		while (m.find()) {
			found++;
			m.appendReplacement(out, m.group(1) + (Long.parseLong(m.group(2)) + 50) + m.group(3));
		}
		m.appendTail(out);
		assertThat(found).as("amount cells matching %s", idPattern).isPositive();
		return out.toString();
	}

	@Test
	void publishingUnderLoadNeverYieldsAMixedOrFailedAnswer() throws Exception {
		RuleBook v1 = loader.load(RulesFolder.read(rules));
		RuleBook v2 = changed(v1, "programmes/cash.dmn", dmn -> raised(dmn, "dt_OLD_AGE_ALLOWANCE_r\\d+_o"));
		Map<String, byte[]> caseFiles = folder(Path.of("casebook"));
		org.siao.releases.RulesCompiler compiler = new org.siao.releases.RulesCompiler(loader, 4);
		org.siao.releases.LiveReleases releases = new org.siao.releases.LiveReleases(
				org.siao.releases.ReleaseStore.open(org.siao.TestRules.releases()), compiler, Clock.systemUTC(),
				org.siao.releases.Bundle.of(v1.folder().files(), caseFiles));
		RuleBooks live = releases.books();
		Assessor assessor = new Assessor(live);
		List<Case> cases = CasebookReader.read(Path.of("casebook"));
		// what each version answers, one household at a time, before anything runs concurrently
		Map<String, Map<String, Assessment>> expected = new ConcurrentHashMap<>();
		for (RuleBook book : List.of(v1, v2)) {
			Map<String, Assessment> answers = new ConcurrentHashMap<>();
			cases.forEach(c -> answers.put(c.path(), Assessor.assess(book, c.survey(), Language.TH)));
			expected.put(book.version(), answers);
		}
		assertThat(expected.get(v1.version())).isNotEqualTo(expected.get(v2.version()));

		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicBoolean publishing = new AtomicBoolean(true);
		AtomicInteger checked = new AtomicInteger();
		Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
		CountDownLatch started = new CountDownLatch(threads);
		List<Future<List<String>>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int offset = t;
			workers.add(pool.submit(() -> {
				List<String> wrong = new ArrayList<>();
				started.countDown();
				for (int i = offset; publishing.get() || i < offset + 200; i++) {
					Case c = cases.get(i % cases.size());
					Assessment answer = assessor.assess(c.survey(), Language.TH);
					seen.computeIfAbsent(answer.rulesVersion(), k -> new AtomicInteger()).incrementAndGet();
					Map<String, Assessment> byVersion = expected.get(answer.rulesVersion());
					if (byVersion == null || !byVersion.get(c.path()).equals(answer)) {
						wrong.add(c.path() + " under " + answer.rulesVersion());
					}
					checked.incrementAndGet();
				}
				return wrong;
			}));
		}
		started.await();
		for (int round = 0; round < 20; round++) {
			RuleBook next = round % 2 == 0 ? v2 : v1;
			releases.publish(org.siao.releases.Bundle.of(next.folder().files(), caseFiles), releases.live().version(), "PUBLISH",
					"policy", "round " + round, null, false, null, (bundle, book, c) -> new org.siao.releases.Gate.Verdict(next, "not run"));
			Thread.sleep(20);
		}
		publishing.set(false);
		List<String> wrong = new ArrayList<>();
		for (Future<List<String>> worker : workers) {
			wrong.addAll(worker.get());
		}
		pool.shutdown();
		assertThat(wrong).isEmpty();
		assertThat(seen.keySet()).containsExactlyInAnyOrder(v1.version(), v2.version());
		assertThat(checked.get()).isGreaterThan(threads * 200);
		assertThat(live.current().version()).isEqualTo(v1.version());
		assertThat(releases.live().rulesVersion()).isEqualTo(v1.version());
		releases.shutdown();
	}

	@Test
	void aChangeOnDiskIsLoadedAndABrokenOneKeepsTheLiveRules() throws Exception {
		Path casebook = Path.of("casebook");
		org.siao.releases.LiveReleases releases = new org.siao.releases.LiveReleases(
				org.siao.releases.ReleaseStore.open(org.siao.TestRules.releases()),
				new org.siao.releases.RulesCompiler(loader, 4), Clock.systemUTC(),
				org.siao.releases.Bundle.of(RulesFolder.read(rules).files(), folder(casebook)));
		RuleBooks live = releases.books();
		String first = releases.live().version();
		RulesWatcher watcher = new RulesWatcher(() -> releases.reloadIfChanged(
				org.siao.releases.Bundle.of(RulesFolder.read(rules).files(), folder(casebook))), Duration.ofMillis(100));
		watcher.start();
		try {
			Path cash = rules.resolve("programmes/cash.dmn");
			Files.writeString(cash, raised(Files.readString(cash), "dt_OLD_AGE_ALLOWANCE_r3_o"));
			String edited = RulesFolder.read(rules).version();
			await(() -> live.current().version().equals(edited));
			assertThat(live.status().state()).isEqualTo("LIVE");
			assertThat(releases.history()).extracting(org.siao.releases.Release::action).containsExactly("RELOAD", "START");
			assertThat(releases.live().parent()).isEqualTo(first);

			// the third row's first condition, whatever range it holds, becomes an unfinished one
			Files.writeString(cash, Files.readString(cash)
				.replaceFirst("(id=\"dt_OLD_AGE_ALLOWANCE_r3_i1\"><text>)[^<]*(</text>)", "$1[80..$2"));
			await(() -> live.status().state().equals("RELOAD_FAILED"));
			assertThat(live.current().version()).isEqualTo(edited);
			assertThat(live.status().liveVersion()).isEqualTo(edited);
			assertThat(live.status().errors()).anyMatch(e -> e.startsWith("programmes/cash.dmn, table OLD-AGE-ALLOWANCE, row 3"));
		}
		finally {
			watcher.stop();
			releases.shutdown();
		}
	}

	private static Map<String, byte[]> folder(Path dir) {
		return RulesFolder.read(dir).files();
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		// a reload compiles and validates the whole rules folder: on two busy cores that took over 30 s once
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 90 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
