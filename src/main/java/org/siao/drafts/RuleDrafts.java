package org.siao.drafts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.releases.Bundle;
import org.siao.releases.Gate;
import org.siao.releases.LiveReleases;
import org.siao.releases.Release;
import org.siao.releases.RulesCompiler;
import org.siao.releases.ThreeWayMerge;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;

/**
 * Drafts as sets of edits on a parent release, kept in memory for a while (they are working
 * copies; what is published is kept by the release store). The rules of a draft are compiled on
 * {@link DraftChecks}, once per content.
 */
public final class RuleDrafts implements DraftService {

	private final LiveReleases releases;

	private final RulesCompiler compiler;

	private final DraftChecks checks;

	private final Clock clock;

	private final boolean fourEyes;

	private final EffectComparer effects = new EffectComparer();

	private final Cache<String, Working> drafts;

	/**
	 * The casebook's verdict by live rules and bundle content: staff read a draft's effect, then
	 * publish it; the gate gets the same verdict for the same content without running every case
	 * again inside the publishing lock.
	 */
	private final Cache<List<String>, Effects.CasebookEffect> verdicts = Caffeine.newBuilder().maximumSize(64).build();

	public RuleDrafts(LiveReleases releases, RulesCompiler compiler, DraftChecks checks, Clock clock, boolean fourEyes, int maximum,
			Duration idle) {
		this.releases = releases;
		this.compiler = compiler;
		this.checks = checks;
		this.clock = clock;
		this.fourEyes = fourEyes;
		this.drafts = Caffeine.newBuilder().maximumSize(maximum).expireAfterAccess(idle).build();
	}

	/** A draft's state: mutable, each change under the draft's own lock. */
	private static final class Working {

		final String id;

		final String createdBy;

		final Instant createdAt;

		String parent;

		final Map<String, byte[]> edits = new TreeMap<>();

		String state = "OPEN";

		long seq;

		boolean acceptFailingCases;

		Working(String id, String parent, String createdBy, Instant createdAt) {
			this.id = id;
			this.parent = parent;
			this.createdBy = createdBy;
			this.createdAt = createdAt;
		}

	}

	@Override
	public DraftView create(String parent, Map<String, byte[]> edits, String user) {
		String base = parent == null ? releases.live().version() : parent;
		if (!releases.has(base)) {
			throw new DraftProblems.NoSuchRelease(base);
		}
		Working draft = new Working(UUID.randomUUID().toString().replace("-", "").substring(0, 12), base, user,
				clock.instant());
		edits.forEach((path, content) -> edit(draft, path, content));
		DraftView view = view(draft);
		drafts.put(draft.id, draft);
		return view;
	}

	@Override
	public Optional<DraftView> find(String id) {
		return Optional.ofNullable(drafts.getIfPresent(id)).map(this::view);
	}

	@Override
	public List<DraftView> list() {
		return drafts.asMap().values().stream().sorted(Comparator.comparing((Working w) -> w.createdAt).reversed())
			.map(this::view).toList();
	}

	@Override
	public DraftView put(String id, String path, byte[] content) {
		Working draft = working(id);
		synchronized (draft) {
			edit(draft, path, content);
			return view(draft);
		}
	}

	@Override
	public DraftView delete(String id, String path) {
		return put(id, path, null);
	}

	@Override
	public Map<String, byte[]> files(String id) {
		Working draft = working(id);
		synchronized (draft) {
			return bundle(draft).files();
		}
	}

	@Override
	public Effects.CasebookEffect casebook(String id) {
		return effect(releases.books().current(), bundleOf(id));
	}

	private Effects.CasebookEffect effect(RuleBook live, Bundle bundle) {
		List<String> key = List.of(live.version(), bundle.version());
		Effects.CasebookEffect known = verdicts.getIfPresent(key);
		if (known != null) {
			return known;
		}
		RuleBook book = compiled(bundle);
		List<Case> cases = CasebookReader.read(bundle.casebook());
		Effects.CasebookEffect effect = checks.run(() -> effects.casebook(live, book, cases));
		verdicts.put(key, effect);
		return effect;
	}

	@Override
	public Release publish(String id, String user, String note, Instant effectiveAt, boolean acceptFailingCases) {
		Working draft = working(id);
		synchronized (draft) {
			Bundle bundle = bundle(draft);
			Release release = releases.publish(bundle, draft.parent, "PUBLISH", user, note, effectiveAt, fourEyes, draft.id,
					gate(acceptFailingCases));
			draft.state = release.state().equals("LIVE") ? "PUBLISHED" : release.state();
			draft.seq = release.seq();
			draft.acceptFailingCases = acceptFailingCases;
			return release;
		}
	}

	@Override
	public Rebased rebase(String id) {
		Working draft = working(id);
		synchronized (draft) {
			String live = releases.live().version();
			if (live.equals(draft.parent)) {
				return new Rebased(view(draft), List.of());
			}
			Bundle base = releases.bundle(draft.parent);
			Bundle theirs = releases.bundle(live);
			ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, bundle(draft), theirs);
			if (!merged.conflicts().isEmpty()) {
				return new Rebased(view(draft), merged.conflicts());
			}
			draft.parent = live;
			draft.edits.clear();
			draft.edits.putAll(edits(theirs.files(), merged.files()));
			draft.state = "OPEN";
			return new Rebased(view(draft), List.of());
		}
	}

	@Override
	public Release approve(String id, String user) {
		Working draft = drafts.getIfPresent(id);
		if (draft == null) {
			return approveFromHistory(id, user);
		}
		synchronized (draft) {
			if (!"AWAITING_APPROVAL".equals(state(draft))) {
				throw new DraftProblems.NotAllowed("draft.not-awaiting");
			}
			Release waiting = releases.entry(draft.seq).orElseThrow();
			if (user.equals(waiting.user()) || user.equals(draft.createdBy)) {
				throw new DraftProblems.NotAllowed("draft.own-approval");
			}
			Release release = releases.approve(draft.seq, user, gate(draft.acceptFailingCases));
			draft.state = release.state().equals("LIVE") ? "PUBLISHED" : release.state();
			return release;
		}
	}

	/**
	 * A draft published for approval on another instance (drafts live in the memory of the instance
	 * that made them; the entry awaiting approval is in the shared history). Its gate passed when it
	 * was published, on the parent that approve requires to be still live, so running it again
	 * gives the same verdict: it is run accepting what was accepted then.
	 */
	private Release approveFromHistory(String id, String user) {
		Release waiting = releases.awaitingFrom(id).orElseThrow(() -> new DraftProblems.NoSuchDraft(id));
		if (user.equals(waiting.user())) {
			throw new DraftProblems.NotAllowed("draft.own-approval");
		}
		return releases.approve(waiting.seq(), user, gate(true));
	}

	@Override
	public DraftView acceptOutcome(String id, String casePath) {
		Working draft = working(id);
		synchronized (draft) {
			Bundle bundle = bundle(draft);
			String path = Bundle.CASEBOOK + casePath;
			if (!bundle.files().containsKey(path)) {
				throw new DraftFiles.InvalidUpload("draft.not-a-case", casePath);
			}
			RuleBook book = compiled(bundle);
			byte[] rewritten = checks.run(() -> CaseRewriter.acceptOutcome(book, casePath, bundle.files().get(path)));
			edit(draft, path, rewritten);
			return view(draft);
		}
	}

	@Override
	public Release rollback(String version, String user, String note) {
		Release target = releases.release(version).orElseThrow(() -> new DraftProblems.NoSuchRelease(version));
		Bundle bundle = releases.bundle(target.version());
		return releases.publish(bundle, releases.live().version(), "ROLLBACK", user, note, null, false, null, gate(true));
	}

	/** The checks and the casebook gate, run by the publisher on the exact bundle that goes live. */
	private Gate gate(boolean acceptFailingCases) {
		return (bundle, live, liveCases) -> {
			RuleBook book = compiled(bundle);
			Effects.CasebookEffect effect = effect(live, bundle);
			if (effect.failingDraft() > effect.failingLive() && !acceptFailingCases) {
				throw new DraftProblems.FailingCases(effect);
			}
			return new Gate.Verdict(book, effect.summary());
		};
	}

	private RuleBook compiled(Bundle bundle) {
		RuleBookLoader.Report report = report(bundle);
		if (!report.publishable()) {
			throw new DraftProblems.NotPublishable(report.version(), report.errors());
		}
		return report.book();
	}

	private RuleBookLoader.Report report(Bundle bundle) {
		var rules = bundle.rules("draft");
		RuleBookLoader.Report known = compiler.known(rules.version());
		return known != null ? known : checks.run(() -> compiler.check(rules));
	}

	/** The draft's report as its author reads it: warnings only where the draft touches its parent. */
	private RuleBookLoader.Report report(Bundle bundle, Bundle parent) {
		var rules = bundle.rules("draft");
		var parentRules = parent.rules("release");
		RuleBookLoader.Report known = compiler.known(rules.version(), parentRules.version());
		return known != null ? known : checks.run(() -> compiler.check(rules, parentRules));
	}

	private void edit(Working draft, String path, byte[] content) {
		Bundle parent = releases.bundle(draft.parent);
		if (path.startsWith(Bundle.RULES)) {
			DraftFiles.checkRulesFile(parent.under(Bundle.RULES), path.substring(Bundle.RULES.length()), content);
		}
		else if (path.startsWith(Bundle.CASEBOOK)) {
			DraftFiles.checkCase(path.substring(Bundle.CASEBOOK.length()), content);
		}
		else {
			throw new DraftFiles.InvalidUpload("draft.bad-path", path);
		}
		if (Arrays.equals(parent.files().get(path), content)) {
			draft.edits.remove(path);
		}
		else {
			draft.edits.put(path, content);
		}
	}

	private Bundle bundleOf(String id) {
		Working draft = working(id);
		synchronized (draft) {
			return bundle(draft);
		}
	}

	private Bundle bundle(Working draft) {
		Map<String, byte[]> files = new TreeMap<>(releases.bundle(draft.parent).files());
		draft.edits.forEach((path, content) -> {
			if (content == null) {
				files.remove(path);
			}
			else {
				files.put(path, content);
			}
		});
		return Bundle.of(files);
	}

	/** The edits that turn {@code from} into {@code to}: files put, and files deleted (null). */
	static Map<String, byte[]> edits(Map<String, byte[]> from, Map<String, byte[]> to) {
		Map<String, byte[]> edits = new TreeMap<>();
		to.forEach((path, content) -> {
			if (!Arrays.equals(from.get(path), content)) {
				edits.put(path, content);
			}
		});
		from.keySet().stream().filter(path -> !to.containsKey(path)).forEach(path -> edits.put(path, null));
		return edits;
	}

	private Working working(String id) {
		Working draft = drafts.getIfPresent(id);
		if (draft == null) {
			throw new DraftProblems.NoSuchDraft(id);
		}
		return draft;
	}

	private DraftView view(Working draft) {
		Bundle parent = releases.bundle(draft.parent);
		Bundle bundle = bundle(draft);
		RuleBookLoader.Report report = report(bundle, parent);
		List<Edit> edits = new ArrayList<>();
		draft.edits.forEach((path, content) -> edits.add(new Edit(path,
				content == null ? "DELETED" : parent.files().containsKey(path) ? "CHANGED" : "ADDED")));
		return new DraftView(draft.id, draft.parent, draft.createdBy, draft.createdAt, bundle.version(), report.version(),
				state(draft), edits, report.publishable(), report.errors(), report.warnings());
	}

	/** A draft waiting for approval or its time may have gone live through another instance: the history says. */
	private String state(Working draft) {
		if (!"AWAITING_APPROVAL".equals(draft.state) && !"SCHEDULED".equals(draft.state)) {
			return draft.state;
		}
		return releases.entry(draft.seq).map(Release::state)
			.map(state -> state.equals("LIVE") || state.equals("SUPERSEDED") ? "PUBLISHED" : state)
			.orElse(draft.state);
	}

}
