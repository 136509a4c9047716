package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleBooks;
import org.siao.rulebook.RulesRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live release and every change of it. Each change (publish, rollback, approval, a scheduled
 * release coming due, files changed on disk) is one critical section: compare the parent with
 * live, run the gate on the exact bundle, write the bundle, move HEAD, swap the live rule book
 * and casebook, append to the history. Two publishes from one parent: the second finds live
 * moved and publishes nothing.
 */
public final class LiveReleases implements Releases {

	private static final Logger audit = LoggerFactory.getLogger("siao.audit");

	private final ReleaseStore store;

	private final RulesCompiler compiler;

	private final Clock clock;

	private final Object lock = new Object();

	private final Cache<String, Bundle> bundles = Caffeine.newBuilder().maximumSize(16).build();

	private final ScheduledExecutorService scheduler;

	private RuleBooks books;

	private volatile List<Case> liveCases;

	private volatile Release live;

	private String lastRefused;

	/**
	 * Opens the store and makes its HEAD live. With no release yet, {@code onDisk} (the rules and
	 * casebook folders, or those bundled in the jar) becomes the first; when the folders on disk
	 * changed since the last look, they become a new release (RELOAD) as the watcher would.
	 */
	public LiveReleases(ReleaseStore store, RulesCompiler compiler, Clock clock, Bundle onDisk) {
		this.store = store;
		this.compiler = compiler;
		this.clock = clock;
		this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "release-scheduler");
			thread.setDaemon(true);
			return thread;
		});
		synchronized (lock) {
			Optional<Release> head = store.head();
			if (head.isEmpty()) {
				RuleBookLoader.Report report = compiler.check(onDisk.rules("release"));
				if (!report.publishable()) {
					throw new RulesRejected(report.errors());
				}
				Release first = entry(onDisk, report.book(), null, "START", "LIVE", "system", "first start on these rules",
						null, null, null, null);
				store.write(onDisk);
				store.moveHead(first);
				store.append(first);
				saveDiskSeen(onDisk.version());
				makeLive(first, onDisk, report.book());
			}
			else {
				Bundle bundle = bundle(head.get().version());
				RuleBookLoader.Report report = compiler.check(bundle.rules("release"));
				if (report.publishable()) {
					makeLive(head.get(), bundle, report.book());
					reloadIfChanged(onDisk);
				}
				else {
					// this build's checks refuse the stored release (they grew stricter): the folders on disk may pass
					RuleBookLoader.Report disk = compiler.check(onDisk.rules("disk"));
					if (!disk.publishable()) {
						throw new RulesRejected(report.errors());
					}
					Release reload = entry(onDisk, disk.book(), head.get().version(), "RELOAD", "LIVE", "disk",
							"the stored release no longer passes the checks: " + report.errors().get(0), null, null, null, null);
					store.write(onDisk);
					store.moveHead(reload);
					store.append(reload);
					saveDiskSeen(onDisk.version());
					makeLive(reload, onDisk, disk.book());
				}
			}
		}
		store.entries().stream().filter(e -> "SCHEDULED".equals(e.state())).forEach(this::schedule);
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
	 * Publishes {@code bundle} drafted from {@code parent}: now, or at {@code effectiveAt} when that
	 * is in the future (SCHEDULED), or once another person approves ({@code awaitApproval}).
	 *
	 * @throws LiveMoved when the live release is no longer {@code parent}; nothing changes
	 */
	public Release publish(Bundle bundle, String parent, String action, String user, String note, Instant effectiveAt,
			boolean awaitApproval, String draft, Gate gate) {
		synchronized (lock) {
			requireParentLive(parent);
			Gate.Verdict verdict = gate.verify(bundle, books.current(), liveCases);
			store.write(bundle);
			boolean later = effectiveAt != null && effectiveAt.isAfter(clock.instant());
			String state = awaitApproval ? "AWAITING_APPROVAL" : later ? "SCHEDULED" : "LIVE";
			Release entry = entry(bundle, verdict.book(), parent, action, state, user, note, effectiveAt, verdict.casebook(),
					null, draft);
			if (state.equals("LIVE")) {
				goLive(entry, bundle, verdict.book());
			}
			else {
				store.append(entry);
				audit.info("{} {} by {}: {} -> {} ({})", action, state, user, parent, bundle.version(), note);
				if (later && !awaitApproval) {
					schedule(entry);
				}
			}
			return entry;
		}
	}

	/** A second person approves an entry awaiting it: it goes live (or is scheduled) through the same compare-and-swap. */
	public Release approve(long seq, String approver, Gate gate) {
		synchronized (lock) {
			Release waiting = entry(seq).filter(e -> "AWAITING_APPROVAL".equals(e.state()))
				.orElseThrow(() -> new IllegalArgumentException("nothing awaits approval as " + seq));
			requireParentLive(waiting.parent());
			Bundle bundle = bundle(waiting.version());
			Gate.Verdict verdict = gate.verify(bundle, books.current(), liveCases);
			boolean later = waiting.effectiveAt() != null && waiting.effectiveAt().isAfter(clock.instant());
			Release approved = new Release(seq, waiting.version(), waiting.rulesVersion(), waiting.parent(), waiting.action(),
					later ? "SCHEDULED" : "LIVE", waiting.user(), waiting.at(), waiting.note(), waiting.effectiveAt(),
					verdict.casebook(), approver, null, waiting.draft());
			if (later) {
				store.append(approved);
				schedule(approved);
			}
			else {
				goLive(approved, bundle, verdict.book());
			}
			return approved;
		}
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
			Release scheduled = entry(seq).filter(e -> "SCHEDULED".equals(e.state())).orElse(null);
			if (scheduled == null) {
				return;
			}
			if (!live.version().equals(scheduled.parent())) {
				Release refused = scheduled.withState("NOT_APPLIED", "the live rules moved from " + scheduled.parent()
						+ " to " + live.version() + " after it was scheduled; rebase the draft and schedule it again");
				store.append(refused);
				audit.warn("scheduled release {} not applied: {}", scheduled.version(), refused.reason());
				return;
			}
			Bundle bundle = bundle(scheduled.version());
			RuleBookLoader.Report report = compiler.check(bundle.rules("release " + bundle.version()));
			if (!report.publishable()) {
				store.append(scheduled.withState("NOT_APPLIED", "it no longer compiles: " + report.errors().get(0)));
				return;
			}
			goLive(scheduled.withState("LIVE", null), bundle, report.book());
		}
	}

	/**
	 * Files changed on disk (the watcher looks every few seconds): a folder that loads becomes a
	 * new release on top of live; one that does not is shown in the status, live stays.
	 */
	public void reloadIfChanged(Bundle onDisk) {
		synchronized (lock) {
			if (onDisk.version().equals(diskSeen()) || onDisk.version().equals(lastRefused)) {
				return;
			}
			if (onDisk.version().equals(live.version())) {
				saveDiskSeen(onDisk.version());
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
			store.write(onDisk);
			goLive(entry(onDisk, report.book(), live.version(), "RELOAD", "LIVE", "disk", "files changed on disk", null, null,
					null, null), onDisk, report.book());
			saveDiskSeen(onDisk.version());
		}
	}

	public void shutdown() {
		scheduler.shutdownNow();
	}

	private void requireParentLive(String parent) {
		if (!live.version().equals(parent)) {
			throw new LiveMoved(parent, live.version(),
					store.has(parent) ? RowDiff.between(bundle(parent), bundle(live.version())) : List.of());
		}
	}

	private void goLive(Release entry, Bundle bundle, RuleBook book) {
		store.moveHead(entry);
		store.append(entry);
		makeLive(entry, bundle, book);
		lastRefused = null;
		audit.info("{} by {}: {} -> {} ({}) casebook: {}", entry.action(), entry.user(), entry.parent(), entry.version(),
				entry.note(), entry.casebook());
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
	}

	private Release entry(Bundle bundle, RuleBook book, String parent, String action, String state, String user,
			String note, Instant effectiveAt, String casebook, String approvedBy, String draft) {
		long seq = Math.max(store.entries().stream().mapToLong(Release::seq).max().orElse(0), live == null ? 0 : live.seq()) + 1;
		return new Release(seq, bundle.version(), book.version(), parent, action, state, user, clock.instant(), note,
				effectiveAt, casebook, approvedBy, null, draft);
	}

	private void schedule(Release entry) {
		long delay = Math.max(0, Duration.between(clock.instant(), entry.effectiveAt()).toMillis());
		scheduler.schedule(() -> {
			try {
				applyScheduled(entry.seq());
			}
			catch (RuntimeException e) {
				audit.error("scheduled release {} failed: {}", entry.version(), e.getMessage());
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

	private String diskSeen() {
		try {
			Path seen = store.root().resolve("DISK");
			return Files.exists(seen) ? Files.readString(seen).strip() : null;
		}
		catch (java.io.IOException e) {
			return null;
		}
	}

	/** The version of the folders on disk last looked at, so a restart does not take them as a change. */
	private void saveDiskSeen(String version) {
		try {
			Path temp = store.root().resolve(".DISK-" + java.util.UUID.randomUUID());
			Files.writeString(temp, version, StandardCharsets.UTF_8);
			Files.move(temp, store.root().resolve("DISK"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (java.io.IOException e) {
			audit.warn("cannot note the rules folder's version: {}", e.getMessage());
		}
	}

}
