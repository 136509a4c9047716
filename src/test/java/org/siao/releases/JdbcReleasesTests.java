package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siao.rulebook.RuleBookLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Releases kept in the database, with two publishers ("instances": two {@link LiveReleases}, each
 * with a store of its own) on one H2 or PostgreSQL database: the compare-and-swap across them,
 * a scheduled release applied once, an approval given on the other instance, a restart that does
 * not check again what this build checked, and a bundle altered in the database refused.
 */
class JdbcReleasesTests {

	private static final RuleBookLoader LOADER = new RuleBookLoader(Clock.systemUTC());

	/** Shared by the instances of most tests: the rules are compiled once for the whole class. */
	private static final RulesCompiler COMPILER = new RulesCompiler(LOADER, 4);

	private final Bundle seed = Bundle.of(CrashSafetyTests.folder(Path.of("rules")), CrashSafetyTests.folder(Path.of("casebook")));

	private final List<LiveReleases> opened = new ArrayList<>();

	private final List<SharedDatabase> databases = new ArrayList<>();

	@AfterEach
	void close() {
		opened.forEach(LiveReleases::shutdown);
		databases.forEach(SharedDatabase::close);
	}

	private DataSource database(String kind) {
		SharedDatabase db = SharedDatabase.open(kind);
		databases.add(db);
		DataSource ds = db.dataSource();
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
		return ds;
	}

	private LiveReleases instance(DataSource db, RulesCompiler compiler, String build) {
		LiveReleases releases = new LiveReleases(new JdbcReleaseStore(db), compiler, Clock.systemUTC(), seed, build);
		opened.add(releases);
		return releases;
	}

	private LiveReleases instance(DataSource db) {
		return instance(db, COMPILER, "0b1");
	}

	private static Gate compiles() {
		return (bundle, live, cases) -> new Gate.Verdict(COMPILER.check(bundle.rules("test")).book(), "not run");
	}

	/** The bundle with one case's text changed: the same rules, nothing new to compile. */
	private static Bundle withCaseNote(Bundle from, String note) {
		Map<String, byte[]> files = new TreeMap<>(from.files());
		String path = files.keySet().stream().filter(p -> p.startsWith(Bundle.CASEBOOK)).findFirst().orElseThrow();
		files.put(path, (from.text(path) + "\n# " + note + "\n").getBytes(StandardCharsets.UTF_8));
		return Bundle.of(files);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void publishesFromOneParentOnTwoInstancesGiveOneReleaseAndTheOtherInstanceFollows(String kind) throws Exception {
		DataSource db = database(kind);
		LiveReleases a = instance(db);
		LiveReleases b = instance(db);
		String parent = a.live().version();
		assertThat(b.live()).isEqualTo(a.live());
		List<Bundle> drafts = List.of(withCaseNote(seed, "on A"), withCaseNote(seed, "on B"));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Release>> results = new ArrayList<>();
		List<LiveReleases> instances = List.of(a, b);
		for (int i = 0; i < 2; i++) {
			LiveReleases on = instances.get(i);
			Bundle draft = drafts.get(i);
			Callable<Release> publish = () -> {
				go.await();
				return on.publish(draft, parent, "PUBLISH", "policy", "race", null, false, null, compiles());
			};
			results.add(pool.submit(publish));
		}
		go.countDown();
		List<Release> won = new ArrayList<>();
		List<LiveMoved> moved = new ArrayList<>();
		for (Future<Release> result : results) {
			try {
				won.add(result.get());
			}
			catch (ExecutionException e) {
				assertThat(e.getCause()).isInstanceOf(LiveMoved.class);
				moved.add((LiveMoved) e.getCause());
			}
		}
		pool.shutdown();
		assertThat(won).hasSize(1);
		assertThat(moved).hasSize(1);
		assertThat(moved.get(0).live()).as("the loser is told what is live now").isEqualTo(won.get(0).version());
		assertThat(moved.get(0).changes()).isNotEmpty();
		a.follow();
		b.follow();
		assertThat(a.live()).isEqualTo(won.get(0));
		assertThat(b.live()).isEqualTo(won.get(0));
		assertThat(b.books().current().version()).isEqualTo(won.get(0).rulesVersion());
		assertThat(a.history()).isEqualTo(b.history());
		assertThat(a.history()).filteredOn(r -> r.action().equals("PUBLISH")).hasSize(1);
		assertThat(a.history()).extracting(Release::seq).containsExactly(2L, 1L);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aScheduledReleaseIsAppliedOnceThoughBothInstancesWaitForIt(String kind) throws Exception {
		DataSource db = database(kind);
		LiveReleases a = instance(db);
		LiveReleases b = instance(db);
		Bundle later = withCaseNote(seed, "from next month");
		Release scheduled = a.publish(later, a.live().version(), "PUBLISH", "policy", "next month",
				Instant.now().plusMillis(1500), false, null, compiles());
		b.follow(); // B sees it scheduled, and sets a timer of its own
		assertThat(b.history().get(0).state()).isEqualTo("SCHEDULED");
		await(() -> {
			a.follow();
			b.follow();
			return a.live().version().equals(later.version()) && b.live().version().equals(later.version());
		});
		Thread.sleep(300); // both timers have fired by now: the second found it applied
		int applied = JdbcClient.create(db).sql("select count(*) from release_event where seq = ? and state = 'LIVE'")
			.param(scheduled.seq()).query(Integer.class).single();
		assertThat(applied).as("applied by one instance only").isEqualTo(1);
		assertThat(a.history()).extracting(Release::state).containsExactly("LIVE", "SUPERSEDED");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aReleaseAwaitingApprovalOnOneInstanceIsApprovedOnTheOther(String kind) {
		DataSource db = database(kind);
		LiveReleases a = instance(db);
		LiveReleases b = instance(db);
		Bundle reviewed = withCaseNote(seed, "reviewed");
		Release waiting = a.publish(reviewed, a.live().version(), "PUBLISH", "drafter", "please check", null, true, "d1",
				compiles());
		assertThat(waiting.state()).isEqualTo("AWAITING_APPROVAL");
		assertThat(b.awaitingFrom("d1")).map(Release::seq).contains(waiting.seq());
		Release approved = b.approve(waiting.seq(), "second", compiles());
		assertThat(approved.state()).isEqualTo("LIVE");
		assertThat(b.live().version()).isEqualTo(reviewed.version());
		a.follow();
		assertThat(a.live().approvedBy()).isEqualTo("second");
		assertThatThrownBy(() -> a.approve(waiting.seq(), "third", compiles())).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aRestartOfTheBuildThatCheckedTheReleaseOnlyCompilesItAndAnotherBuildChecksItWhole(String kind) {
		DataSource db = database(kind);
		AtomicInteger checks = new AtomicInteger();
		AtomicInteger compiles = new AtomicInteger();
		java.util.function.Supplier<RulesCompiler> fresh = () -> new RulesCompiler(folder -> {
			checks.incrementAndGet();
			return LOADER.check(folder);
		}, (folder, warnings) -> {
			compiles.incrementAndGet();
			return LOADER.compileChecked(folder, warnings);
		}, 4);
		LiveReleases first = instance(db, fresh.get(), "0b1");
		assertThat(checks).hasValue(1);
		var warnings = first.books().current().warnings();

		LiveReleases restarted = instance(db, fresh.get(), "0b1");
		assertThat(checks).as("not checked again by the same build").hasValue(1);
		assertThat(compiles).hasValue(1);
		assertThat(restarted.books().current().version()).isEqualTo(first.books().current().version());
		assertThat(restarted.books().current().warnings()).as("the warnings of the check, kept").isEqualTo(warnings);

		instance(db, fresh.get(), "0b2");
		assertThat(checks).as("another build checks it whole").hasValue(2);
		assertThat(compiles).hasValue(1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aReleaseWhoseFilesWereAlteredInTheDatabaseIsRefused(String kind) {
		DataSource db = database(kind);
		String live = instance(db).live().version();
		JdbcClient.create(db)
			.sql("update release_file set content = ? where version = ? and path = (select min(path) from release_file where version = ?)")
			.params("altered".getBytes(StandardCharsets.UTF_8), live, live).update();
		assertThatThrownBy(() -> new JdbcReleaseStore(db).read(live)).hasMessageContaining("hashes to");
		assertThatThrownBy(() -> instance(db, new RulesCompiler(LOADER, 4), "0b1")).hasMessageContaining("hashes to");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2" })
	void withFourEyesADraftPublishedOnOneInstanceIsApprovedOnTheOtherButNotByItsPublisher(String kind) {
		DataSource db = database(kind);
		LiveReleases a = instance(db);
		LiveReleases b = instance(db);
		var checks = new org.siao.drafts.DraftChecks(1, 4, java.time.Duration.ofMinutes(5));
		try {
			var onA = new org.siao.drafts.RuleDrafts(a, COMPILER, checks, Clock.systemUTC(), true, 10, java.time.Duration.ofHours(1));
			var onB = new org.siao.drafts.RuleDrafts(b, COMPILER, checks, Clock.systemUTC(), true, 10, java.time.Duration.ofHours(1));
			String somePath = seed.files().keySet().stream().filter(p -> p.startsWith(Bundle.CASEBOOK)).findFirst().orElseThrow();
			String id = onA.create(null, Map.of(Bundle.CASEBOOK + "two-instances/copy.yaml",
					(seed.text(somePath) + "\n# a copy\n").getBytes(StandardCharsets.UTF_8)), "drafter").id();
			Release waiting = onA.publish(id, "drafter", "please check", null, false);
			assertThat(waiting.state()).isEqualTo("AWAITING_APPROVAL");
			assertThatThrownBy(() -> onB.approve(id, "drafter")).isInstanceOf(org.siao.drafts.DraftProblems.NotAllowed.class);
			Release approved = onB.approve(id, "second");
			assertThat(approved.state()).isEqualTo("LIVE");
			assertThat(approved.approvedBy()).isEqualTo("second");
			a.follow();
			assertThat(a.live().version()).isEqualTo(waiting.version());
			assertThat(onA.find(id).orElseThrow().state()).as("the drafting instance sees it published").isEqualTo("PUBLISHED");
			assertThatThrownBy(() -> onA.approve(id, "third")).isInstanceOf(org.siao.drafts.DraftProblems.NotAllowed.class);
		}
		finally {
			checks.shutdown();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "H2" })
	void anEmptyDatabaseTakesOverTheReleasesOfTheFolderStoreOnce(String kind) throws Exception {
		Path folder = java.nio.file.Files.createTempDirectory("siao-releases-");
		LiveReleases before = new LiveReleases(ReleaseStore.open(folder), COMPILER, Clock.systemUTC(), seed, "0b1");
		opened.add(before);
		Release published = before.publish(withCaseNote(seed, "published before the upgrade"), before.live().version(),
				"PUBLISH", "policy", "kept", null, false, null, compiles());
		DataSource db = database(kind);
		JdbcReleaseStore store = new JdbcReleaseStore(db);
		assertThat(store.takeOver(ReleaseStore.open(folder))).isEqualTo(2);
		assertThat(store.takeOver(ReleaseStore.open(folder))).as("only into an empty database").isZero();
		LiveReleases after = instance(db);
		assertThat(after.live()).isEqualTo(published);
		assertThat(after.history()).isEqualTo(before.history());
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
