package org.siao.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siao.releases.Conflict;
import org.siao.releases.Release;

/**
 * Drafts of a release, for the API and the policy pages. A draft is a set of edits on a parent
 * release; paths are bundle paths ("rules/programmes/cash.dmn", "casebook/elderly/widow.yaml").
 * Every method that refuses throws one of the exceptions named, which the API answers as problem
 * JSON: {@link DraftProblems.NoSuchDraft} (404), {@link DraftFiles.InvalidUpload} (400),
 * {@link DraftFiles.CodeInDraft} (403), {@link DraftProblems.NotPublishable} (409),
 * {@link DraftProblems.FailingCases} (409), {@link org.siao.releases.LiveMoved} (409),
 * {@link DraftProblems.NotAllowed} (403), {@link DraftChecks.Busy} (503), {@link DraftChecks.TooSlow} (422).
 */
public interface DraftService {

	/**
	 * A draft of {@code parent} (null: the live release) with these files put (a null content
	 * deletes the file). Compiled and checked once.
	 */
	DraftView create(String parent, Map<String, byte[]> edits, String user);

	Optional<DraftView> find(String id);

	/** Open drafts, newest first. */
	List<DraftView> list();

	/** Adds or replaces one file of the draft (a rules file or a case). */
	DraftView put(String id, String path, byte[] content);

	DraftView delete(String id, String path);

	/** The files of the draft as they would go live. */
	Map<String, byte[]> files(String id);

	/** The draft's casebook against the live release's answers. */
	Effects.CasebookEffect casebook(String id);

	/**
	 * Publishes the draft: compare-and-swap on its parent, checks and casebook gate inside the
	 * same critical section. With {@code effectiveAt} in the future the release is SCHEDULED; with
	 * four-eyes on it is AWAITING_APPROVAL.
	 */
	Release publish(String id, String user, String note, Instant effectiveAt, boolean acceptFailingCases);

	/** Replays the draft's edits on the live release; conflicts are listed (and nothing changes) when any. */
	Rebased rebase(String id);

	/** Second person's approval of a draft awaiting it: publishes (or schedules) it. */
	Release approve(String id, String user);

	/** Rewrites a case's expectations from what the draft answers for it. */
	DraftView acceptOutcome(String id, String casePath);

	/** An earlier release's content published as the new head (same checks). */
	Release rollback(String version, String user, String note);

	/** A draft as it is now: its edits against its parent, and its checks. */
	record DraftView(String id, String parent, String createdBy, Instant createdAt, String version,
			String rulesVersion, String state, List<Edit> edits, boolean publishable,
			List<org.siao.rulebook.RuleProblem> errors, List<org.siao.rulebook.RuleProblem> warnings) {
	}

	/** {@code kind}: ADDED, CHANGED or DELETED. */
	record Edit(String path, String kind) {
	}

	/** After a rebase: the draft (on the new parent when {@code conflicts} is empty, unchanged otherwise). */
	record Rebased(DraftView draft, List<Conflict> conflicts) {
	}

}
