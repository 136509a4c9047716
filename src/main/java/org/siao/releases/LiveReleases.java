package org.siao.releases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleProblem;
import org.siao.rulebook.RuleBooks;
import org.siao.rulebook.RulesRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live release and every change of it. Each change (publish, rollback, approval, a scheduled
 * release coming due, files changed on disk) is one critical section here and one atomic commit
 * in the store: catch up with the store's head, compare the parent with live, run the gate on the
 * exact bundle, then write the bundle and the history entry and move the head only if the head
 * is still the one seen (a compare-and-swap that holds across instances sharing a database), and
 * swap the live rule book and casebook. Two publishes from one parent, here or on two instances:
 * the second finds live moved and publishes nothing.
 * <p>
 * Other instances' changes are taken by {@link #follow()} (called by
 * {@link ReleaseFollower} every 500 ms, and before every change here): a new head is read, its hash checked,
 * compiled, and swapped in one step, so an assessment in flight keeps the book it started with.
 * <p>
 * A stored release is checked whole once per build of the code ({@link CodeBuild}): a restart
 * of the same build verifies the bundle's hash and compiles it, without the KIE validator or
 * KIE's DMN compile, loading the plan rules compiled at an earlier start when they are kept
 * ({@link RuleBookLoader#compileChecked}).
 */
public final class LiveReleases implements Releases {

	private static final Logger audit = LoggerFactory.getLogger("siao.audit");

	private static final Logger log = LoggerFactory.getLogger(LiveReleases.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final ReleaseRepository store;

	private final RulesCompiler compiler;

	private final Clock clock;

	private final String build;

	private final Object lock = new Object();

	private final Cache<String, Bundle> bundles = Caffeine.newBuilder().maximumSize(16).build();

	private final ScheduledExecutorService scheduler;

	/** Scheduled entries with a timer in this process, so following the store does not set a second one. */
	private final Set<Long> timers = ConcurrentHashMap.newKeySet();

	private final Set<String> recorded = ConcurrentHashMap.newKeySet();

	private RuleBooks books;

	private volatile List<Case> liveCases;

	private volatile Release live;

	private String lastRefused;

	private long seenChanges = -1;

	private String lastFollowFailure;

	public LiveReleases(ReleaseRepository store, RulesCompiler compiler, Clock clock, Bundle onDisk) {
		this(store, compiler, clock, onDisk, CodeBuild.id());
	}

	/**
	 * Opens the store and makes its head live. With no release yet, {@code onDisk} (the rules and
	 * casebook folders, or those bundled in the jar) becomes the first (or, when another instance
	 * made it at the same moment, theirs is taken); when the folders on disk changed since the last
	 * look, they become a new release (RELOAD) as the watcher would.
	 *
	 * @param build names this build of the code: a release it checked before is only compiled
	 */
	public LiveReleases(ReleaseRepository store, RulesCompiler compiler, Clock clock, Bundle onDisk, String build) {
		this.store = store;
		this.compiler = compiler;
		this.clock = clock;
		this.build = build;
		this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "release-scheduler");
			thread.setDaemon(true);
			return thread;
		});
		synchronized (lock) {
			for (int attempt = 0; live == null; attempt++) {
				if (attempt == 3) {
					throw new IllegalStateException("the live release kept moving while this instance started");
				}
				seenChanges = store.changes();
				Optional<Release> head = store.head();
				if (head.isEmpty()) {
					seed(onDisk);
				}
				else {
					open(head.get(), onDisk);
				}
			}
		}
		reloadIfChanged(onDisk);
		store.entries().stream().filter(e -> "SCHEDULED".equals(e.state())).forEach(this::schedule);
	}

	/** The first release, from the folders; nothing when another instance made one meanwhile (then that is opened). */
	private void seed(Bundle onDisk) {
		RuleBookLoader.Report report = compiler.check(onDisk.rules("release"));
		if (!report.publishable()) {
			throw new RulesRejected(report.errors());
		}
		Release first = entry(onDisk, report.book(), null, "START", "LIVE", "system", "first start on these rules", null,
				null, null, null);
		store.commit(ReleaseRepository.Change.goLive(onDisk, first, 0, null)).ifPresent(done -> {
			store.diskSeen(onDisk.version());
			record(report.book());
			makeLive(done, onDisk, report.book());
		});
	}

	private void open(Release head, Bundle onDisk) {
		Bundle bundle = bundle(head.version());
		RuleBookLoader.Report report = load(bundle);
		if (report.publishable()) {
			makeLive(head, bundle, report.book());
			return;
		}
		// this build's checks refuse the stored release (they grew stricter): the folders on disk may pass
		RuleBookLoader.Report disk = compiler.check(onDisk.rules("disk"));
		if (!disk.publishable()) {
			throw new RulesRejected(report.errors());
		}
		Release reload = entry(onDisk, disk.book(), head.version(), "RELOAD", "LIVE", "disk",
				"the stored release no longer passes the checks: " + report.errors().get(0), null, null, null, null);
		store.commit(ReleaseRepository.Change.goLive(onDisk, reload, head.seq(), null)).ifPresent(done -> {
			store.diskSeen(onDisk.version());
			record(disk.book());
			makeLive(done, onDisk, disk.book());
		});
	}

	/**
	 * A stored release's rules, compiled: its files were checked against their hash when read;
	 * when this build already checked these rules whole, they are only compiled, else checked
	 * whole (and that is recorded when they pass).
	 */
	private RuleBookLoader.Report load(Bundle bundle) {
		var rules = bundle.rules("release " + bundle.version());
		Optional<String> warnings = store.checked(rules.version(), build);
		if (warnings.isPresent()) {
			RuleBookLoader.Report report = compiler.compileChecked(rules,
					JSON.readValue(warnings.get(), new TypeReference<List<RuleProblem>>() {
					}));
			if (report.publishable()) {
				return report;
			}
		}
		RuleBookLoader.Report report = compiler.check(rules);
		if (report.publishable()) {
			record(report.book());
		}
		return report;
	}

	/** Notes that this build checked these rules whole and they passed, with the warnings the check gave. */
	private void record(RuleBook book) {
		if (recorded.add(book.version()) && store.checked(book.version(), build).isEmpty()) {
			store.checked(book.version(), build, JSON.writeValueAsString(book.warnings()));
		}
	}

	public RulesCompiler compiler() {
		return compiler;
	}

	public RuleBooks books() {
		return books;
	}

	public List<Case> liveCases() {
		return liveCases;
	}

	@Override
	public Release live() {
		return live;
	}

	/** Where the releases are kept, for the log. */
	public String where() {
		return store.where();
	}

	@Override
	public List<Release> history() {
		long head = live.seq();
		List<Release> all = new ArrayList<>();
		for (Release e : store.entries()) {
			all.add("LIVE".equals(e.state()) && e.seq() != head ? e.withState("SUPERSEDED", e.reason()) : e);
		}
		Collections.reverse(all);
		return all;
	}

	@Override
	public Optional<Release> release(String version) {
		return history().stream().filter(e -> e.version().equals(version) || version.equals(e.rulesVersion())).findFirst();
	}

	public Optional<Release> entry(long seq) {
		return history().stream().filter(e -> e.seq() == seq).findFirst();
	}

	@Override
	public Bundle bundle(String version) {
		return bundles.get(version, store::read);
	}

	public boolean has(String version) {
		return store.has(version);
	}

	@Override
	public ReleaseDiff diff(String from, String to) {
		return new ReleaseDiff(from, to, RowDiff.between(bundle(from), bundle(to)));
	}

	/**
	 * Catches up with the store: when another instance moved the head, its release is read (hash
	 * checked), compiled and swapped in; releases another instance scheduled get a timer here too
	 * (the compare-and-swap lets only one instance apply each). Cheap when nothing changed: one
	 * number is read.
	 */
	public void follow() {
		synchronized (lock) {
			long changes = store.changes();
			if (changes == seenChanges) {
				return;
			}
			Release head = store.head().orElseThrow();
			if (head.seq() != live.seq()) {
				Bundle bundle = bundle(head.version());
				RuleBookLoader.Report report = load(bundle);
				if (!report.publishable()) {
					// another build's checks let it through, this one's do not: keep serving what is live here, say so
					books.rejected(report.version(), report.errors(), clock.instant());
					if (!head.version().equals(lastFollowFailure)) {
						lastFollowFailure = head.version();
						audit.error("release {} is live in the store but does not pass this build's checks; {} stays live here: {}",
								head.version(), live.version(), report.errors().get(0));
					}
					return;
				}
				Release before = live;
				makeLive(head, bundle, report.book());
				audit.info("{} by {} on another instance: {} -> {} ({})", head.action(), head.user(), before.version(),
						head.version(), head.note());
			}
			else {
				live = head;
			}
			store.entries().stream().filter(e -> "SCHEDULED".equals(e.state())).forEach(this::schedule);
			seenChanges = changes;
		}
	}

	/**
	 * Publishes {@code bundle} drafted from {@code parent}: now, or at {@code effectiveAt} when that
	 * is in the future (SCHEDULED), or once another person approves ({@code awaitApproval}).
	 *
	 * @throws LiveMoved when the live release is no longer {@code parent}; nothing changes
	 */
	public Release publish(Bundle bundle, String parent, String action, String user, String note, Instant effectiveAt,
			boolean awaitApproval, String draft, Gate gate) {
		synchronized (lock) {
			follow();
			requireParentLive(parent);
			Gate.Verdict verdict = gate.verify(bundle, books.current(), liveCases);
			boolean later = effectiveAt != null && effectiveAt.isAfter(clock.instant());
			String state = awaitApproval ? "AWAITING_APPROVAL" : later ? "SCHEDULED" : "LIVE";
			Release entry = entry(bundle, verdict.book(), parent, action, state, user, note, effectiveAt, verdict.casebook(),
					null, draft);
			if (state.equals("LIVE")) {
				return goLive(ReleaseRepository.Change.goLive(bundle, entry, live.seq(), null), bundle, verdict.book(), parent);
			}
			Release stored = store.commit(ReleaseRepository.Change.waiting(bundle, entry, live.seq()))
				.orElseThrow(() -> moved(parent));
			audit.info("{} {} by {}: {} -> {} ({})", action, state, user, parent, bundle.version(), note);
			if (later && !awaitApproval) {
				schedule(stored);
			}
			return stored;
		}
	}

	/** A second person approves an entry awaiting it: it goes live (or is scheduled) through the same compare-and-swap. */
	public Release approve(long seq, String approver, Gate gate) {
		synchronized (lock) {
			follow();
			Release waiting = awaiting(seq);
			requireParentLive(waiting.parent());
			Bundle bundle = bundle(waiting.version());
			Gate.Verdict verdict = gate.verify(bundle, books.current(), liveCases);
			boolean later = waiting.effectiveAt() != null && waiting.effectiveAt().isAfter(clock.instant());
			Release approved = new Release(seq, waiting.version(), waiting.rulesVersion(), waiting.parent(), waiting.action(),
					later ? "SCHEDULED" : "LIVE", waiting.user(), waiting.at(), waiting.note(), waiting.effectiveAt(),
					verdict.casebook(), approver, null, waiting.draft());
			if (!later) {
				try {
					return goLive(ReleaseRepository.Change.goLive(null, approved, live.seq(), "AWAITING_APPROVAL"), bundle,
							verdict.book(), waiting.parent());
				}
				catch (LiveMoved e) {
					awaiting(seq); // approved on another instance meanwhile: say that rather than "moved"
					throw e;
				}
			}
			Optional<Release> stored = store.commit(new ReleaseRepository.Change(null, approved, false, live.seq(),
					"AWAITING_APPROVAL"));
			if (stored.isEmpty()) {
				follow();
				awaiting(seq);
				throw moved(waiting.parent());
			}
			schedule(stored.get());
			return stored.get();
		}
	}

	private Release awaiting(long seq) {
		return entry(seq).filter(e -> "AWAITING_APPROVAL".equals(e.state()))
			.orElseThrow(() -> new IllegalArgumentException("nothing awaits approval as " + seq));
	}

	/** The entry awaiting approval that was published from draft {@code draft}, on this instance or another. */
	public Optional<Release> awaitingFrom(String draft) {
		return history().stream().filter(e -> "AWAITING_APPROVAL".equals(e.state()) && draft.equals(e.draft())).findFirst();
	}

	/** Applies every scheduled release whose time has come (the scheduler calls it; so may a test). */
	public void runDue() {
		Instant now = clock.instant();
		for (Release e : store.entries()) {
			if ("SCHEDULED".equals(e.state()) && !e.effectiveAt().isAfter(now)) {
				applyScheduled(e.seq());
			}
		}
	}

	private void applyScheduled(long seq) {
		synchronized (lock) {
			// a few rounds: when another instance moves the head between our look and our commit, look again
			for (int attempt = 0; attempt < 3; attempt++) {
				follow();
				Release scheduled = entry(seq).filter(e -> "SCHEDULED".equals(e.state())).orElse(null);
				if (scheduled == null) {
					return; // applied (or refused) already, maybe by another instance
				}
				if (!live.version().equals(scheduled.parent())) {
					Release refused = scheduled.withState("NOT_APPLIED", "the live rules moved from " + scheduled.parent()
							+ " to " + live.version() + " after it was scheduled; rebase the draft and schedule it again");
					if (store.commit(ReleaseRepository.Change.state(refused, "SCHEDULED")).isPresent()) {
						audit.warn("scheduled release {} not applied: {}", scheduled.version(), refused.reason());
					}
					return;
				}
				Bundle bundle = bundle(scheduled.version());
				RuleBookLoader.Report report = compiler.check(bundle.rules("release " + bundle.version()));
				if (!report.publishable()) {
					store.commit(ReleaseRepository.Change.state(
							scheduled.withState("NOT_APPLIED", "it no longer compiles: " + report.errors().get(0)), "SCHEDULED"));
					return;
				}
				try {
					goLive(ReleaseRepository.Change.goLive(null, scheduled.withState("LIVE", null), live.seq(), "SCHEDULED"),
							bundle, report.book(), scheduled.parent());
					return;
				}
				catch (LiveMoved e) {
					// look again: applied by another instance, or its parent is gone
				}
			}
		}
	}

	/**
	 * Files changed on disk (the watcher looks every few seconds): a folder that loads becomes a
	 * new release on top of live; one that does not is shown in the status, live stays.
	 */
	public void reloadIfChanged(Bundle onDisk) {
		synchronized (lock) {
			if (onDisk.version().equals(lastRefused) || store.diskSeen().map(onDisk.version()::equals).orElse(false)) {
				return;
			}
			follow();
			if (onDisk.version().equals(live.version())) {
				store.diskSeen(onDisk.version());
				return;
			}
			RuleBookLoader.Report report = compiler.check(onDisk.rules("disk"));
			if (!report.publishable()) {
				lastRefused = onDisk.version();
				books.rejected(report.version(), report.errors(), clock.instant());
				audit.warn("rules on disk ({}) refused, {} problem(s); {} stays live", onDisk.version(), report.errors().size(),
						live.version());
				return;
			}
			try {
				goLive(ReleaseRepository.Change.goLive(onDisk, entry(onDisk, report.book(), live.version(), "RELOAD", "LIVE",
						"disk", "files changed on disk", null, null, null, null), live.seq(), null), onDisk, report.book(),
						live.version());
				store.diskSeen(onDisk.version());
			}
			catch (LiveMoved e) {
				// another instance changed live meanwhile: the next look compares the folders with that
			}
		}
	}

	public void shutdown() {
		scheduler.shutdownNow();
	}

	private void requireParentLive(String parent) {
		if (!live.version().equals(parent)) {
			throw moved(parent);
		}
	}

	/** Live is not {@code parent} (any more): what went live since, for the draft's author. */
	private LiveMoved moved(String parent) {
		follow();
		String now = store.head().map(Release::version).orElse(live.version());
		return new LiveMoved(parent, now, store.has(parent) && !parent.equals(now) ? RowDiff.between(bundle(parent), bundle(now))
				: List.of());
	}

	/** Commits {@code change} (which moves the head) and swaps the live book; LiveMoved when the head moved first. */
	private Release goLive(ReleaseRepository.Change change, Bundle bundle, RuleBook book, String parent) {
		Release entry = store.commit(change).orElseThrow(() -> moved(parent));
		record(book);
		makeLive(entry, bundle, book);
		lastRefused = null;
		audit.info("{} by {}: {} -> {} ({}) casebook: {}", entry.action(), entry.user(), entry.parent(), entry.version(),
				entry.note(), entry.casebook());
		return entry;
	}

	private void makeLive(Release entry, Bundle bundle, RuleBook book) {
		liveCases = CasebookReader.read(bundle.casebook());
		if (books == null) {
			books = new RuleBooks(book);
		}
		else {
			books.swap(book, clock.instant());
		}
		live = entry;
		lastFollowFailure = null;
	}

	/**
	 * A new entry: the store numbers it when it is committed. Times to the millisecond, as every
	 * store keeps them, so the entry this instance holds equals the one others read.
	 */
	private Release entry(Bundle bundle, RuleBook book, String parent, String action, String state, String user,
			String note, Instant effectiveAt, String casebook, String approvedBy, String draft) {
		return new Release(0, bundle.version(), book.version(), parent, action, state, user,
				clock.instant().truncatedTo(ChronoUnit.MILLIS), note,
				effectiveAt == null ? null : effectiveAt.truncatedTo(ChronoUnit.MILLIS), casebook, approvedBy, null, draft);
	}

	private void schedule(Release entry) {
		if (!timers.add(entry.seq())) {
			return;
		}
		long delay = Math.max(0, Duration.between(clock.instant(), entry.effectiveAt()).toMillis());
		scheduler.schedule(() -> {
			try {
				applyScheduled(entry.seq());
			}
			catch (RuntimeException e) {
				audit.error("scheduled release {} failed: {}", entry.version(), e.getMessage());
			}
			finally {
				timers.remove(entry.seq());
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

}
