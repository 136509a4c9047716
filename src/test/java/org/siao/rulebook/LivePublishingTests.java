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

	private RuleBook changed(RuleBook base, String file, String from, String to) {
		Map<String, byte[]> files = new java.util.TreeMap<>(base.folder().files());
		files.put(file, new String(files.get(file)).replace(from, to).getBytes());
		return loader.load(RulesFolder.of("test", files));
	}

	@Test
	void publishingUnderLoadNeverYieldsAMixedOrFailedAnswer() throws Exception {
		RuleBook v1 = loader.load(RulesFolder.read(rules));
		RuleBook v2 = changed(v1, "programmes/cash.dmn", "<text>700</text>", "<text>750</text>");
		RuleBooks live = new RuleBooks(v1);
		RulesPublisher publisher = new RulesPublisher(rules, live, loader, Clock.systemUTC());
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
			publisher.publish(round % 2 == 0 ? v2 : v1, "policy", "round " + round, null);
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
		assertThat(RulesFolder.read(rules).version()).isEqualTo(v1.version());
	}

	@Test
	void aChangeOnDiskIsLoadedAndABrokenOneKeepsTheLiveRules() throws Exception {
		RuleBook v1 = loader.load(RulesFolder.read(rules));
		RuleBooks live = new RuleBooks(v1);
		RulesPublisher publisher = new RulesPublisher(rules, live, loader, Clock.systemUTC());
		publisher.started();
		RulesWatcher watcher = new RulesWatcher(publisher, Duration.ofMillis(100));
		watcher.start();
		try {
			Path cash = rules.resolve("programmes/cash.dmn");
			Files.writeString(cash, Files.readString(cash).replace("<text>800</text>", "<text>850</text>"));
			String edited = RulesFolder.read(rules).version();
			await(() -> live.current().version().equals(edited));
			assertThat(live.status().state()).isEqualTo("LIVE");
			assertThat(publisher.publications()).extracting(Publication::action).containsExactly("START", "RELOAD");

			Files.writeString(cash, Files.readString(cash).replace("<text>[80..90)</text>", "<text>[80..</text>"));
			await(() -> live.status().state().equals("RELOAD_FAILED"));
			assertThat(live.current().version()).isEqualTo(edited);
			assertThat(live.status().liveVersion()).isEqualTo(edited);
			assertThat(live.status().errors()).anyMatch(e -> e.startsWith("programmes/cash.dmn, table OLD-AGE-ALLOWANCE, row 3"));
		}
		finally {
			watcher.stop();
		}
	}

	@Test
	void aFolderHoldingOnlyTheHistoryIsNotAChangeOfRules() throws Exception {
		Path empty = Files.createTempDirectory("siao-empty-");
		RuleBooks live = new RuleBooks(loader.load(RulesFolder.read(rules)));
		RulesPublisher publisher = new RulesPublisher(empty, live, loader, Clock.systemUTC());
		publisher.started();
		publisher.reloadIfChanged();
		assertThat(live.status().state()).isEqualTo("LIVE");
		assertThat(Files.isDirectory(empty.resolve(".history").resolve(live.current().version()))).isTrue();
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
