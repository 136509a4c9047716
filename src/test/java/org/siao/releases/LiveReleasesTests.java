package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBookLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The release publisher on the repository's rules and casebook, in a store of its own. */
class LiveReleasesTests {

	private static final RulesCompiler COMPILER = new RulesCompiler(new RuleBookLoader(Clock.systemUTC()), 4);

	private final Bundle seed = Bundle.of(CrashSafetyTests.folder(Path.of("rules")), CrashSafetyTests.folder(Path.of("casebook")));

	private LiveReleases releases;

	private LiveReleases open(Path root) {
		releases = new LiveReleases(ReleaseStore.open(root), COMPILER, Clock.systemUTC(), seed);
		return releases;
	}

	@AfterEach
	void stop() {
		if (releases != null) {
			releases.shutdown();
		}
	}

	/** The gate a publish runs: here only that the rules compile (the casebook gate is the drafts' own). */
	private static Gate compiles() {
		return (bundle, live, cases) -> new Gate.Verdict(COMPILER.check(bundle.rules("test")).book(), "not run");
	}

	/** The seed with one case's title changed: same rules, so nothing new to compile. */
	private Bundle withCaseNote(Bundle from, String note) {
		Map<String, byte[]> files = new TreeMap<>(from.files());
		String path = files.keySet().stream().filter(p -> p.startsWith(Bundle.CASEBOOK)).findFirst().orElseThrow();
		files.put(path, (from.text(path) + "\n# " + note + "\n").getBytes(StandardCharsets.UTF_8));
		return Bundle.of(files);
	}

	@Test
	void twoPublishesFromOneParentRacingExactlyOneWins() throws Exception {
		LiveReleases live = open(Files.createTempDirectory("siao-releases-"));
		String parent = live.live().version();
		List<Bundle> drafts = List.of(withCaseNote(seed, "draft A"), withCaseNote(seed, "draft B"));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Release>> results = new ArrayList<>();
		for (Bundle draft : drafts) {
			Callable<Release> publish = () -> {
				go.await();
				return live.publish(draft, parent, "PUBLISH", "policy", "race", null, false, null, compiles());
			};
			results.add(pool.submit(publish));
		}
		go.countDown();
		int won = 0;
		int moved = 0;
		for (Future<Release> result : results) {
			try {
				result.get();
				won++;
			}
			catch (java.util.concurrent.ExecutionException e) {
				assertThat(e.getCause()).isInstanceOf(LiveMoved.class);
				assertThat(((LiveMoved) e.getCause()).changes()).isNotEmpty();
				moved++;
			}
		}
		pool.shutdown();
		assertThat(won).isEqualTo(1);
		assertThat(moved).isEqualTo(1);
		assertThat(live.live().parent()).isEqualTo(parent);
		assertThat(drafts.stream().map(Bundle::version)).contains(live.live().version());
		assertThat(live.history()).filteredOn(r -> r.action().equals("PUBLISH")).hasSize(1);
	}

	@Test
	void aScheduledReleaseGoesLiveAtItsTimeAndOneWhoseParentMovedIsNotApplied() throws Exception {
		LiveReleases live = open(Files.createTempDirectory("siao-releases-"));
		String parent = live.live().version();
		Bundle later = withCaseNote(seed, "from next month");
		Release scheduled = live.publish(later, parent, "PUBLISH", "policy", "next month", Instant.now().plusMillis(1500),
				false, null, compiles());
		assertThat(scheduled.state()).isEqualTo("SCHEDULED");
		assertThat(live.live().version()).isEqualTo(parent);
		assertThat(live.history().get(0).state()).isEqualTo("SCHEDULED");
		await(() -> live.live().version().equals(later.version()));
		assertThat(live.history()).filteredOn(r -> r.seq() == scheduled.seq()).extracting(Release::state).containsExactly("LIVE");

		// scheduled on the release now live, then something else goes live first: it must not apply
		Bundle stale = withCaseNote(later, "stale");
		Release second = live.publish(stale, later.version(), "PUBLISH", "policy", "stale", Instant.now().plusMillis(1500),
				false, null, compiles());
		live.publish(withCaseNote(later, "urgent fix"), later.version(), "PUBLISH", "policy", "urgent", null, false, null,
				compiles());
		await(() -> live.entry(second.seq()).orElseThrow().state().equals("NOT_APPLIED"));
		assertThat(live.entry(second.seq()).orElseThrow().reason()).contains("moved");
		assertThat(live.live().version()).isNotEqualTo(stale.version());
	}

	@Test
	void theStoreReopensOnItsLiveReleaseAndRollbackIsANewHeadWithTheEarlierContent() throws Exception {
		Path root = Files.createTempDirectory("siao-releases-");
		LiveReleases live = open(root);
		String first = live.live().version();
		Bundle next = withCaseNote(seed, "changed");
		live.publish(next, first, "PUBLISH", "policy", "one", null, false, null, compiles());
		live.shutdown();

		LiveReleases reopened = open(root);
		assertThat(reopened.live().version()).isEqualTo(next.version());
		Release back = reopened.publish(reopened.bundle(first), next.version(), "ROLLBACK", "policy", "back", null, false,
				null, compiles());
		assertThat(back.version()).isEqualTo(first);
		assertThat(back.parent()).isEqualTo(next.version());
		assertThat(reopened.history()).extracting(Release::action).containsExactly("ROLLBACK", "PUBLISH", "START");
		assertThat(reopened.diff(next.version(), first).changes()).extracting(RowChange::kind)
			.containsExactly(RowChange.Kind.FILE_CHANGED);
		// a draft of the release rolled back from is stale now
		assertThatThrownBy(() -> reopened.publish(withCaseNote(next, "stale"), next.version(), "PUBLISH", "policy", "stale",
				null, false, null, compiles()))
			.isInstanceOf(LiveMoved.class);
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
