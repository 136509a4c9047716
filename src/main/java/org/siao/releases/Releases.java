package org.siao.releases;

import java.util.List;
import java.util.Optional;

/**
 * The releases of the rules and casebook: which one is live, every one there was, and what
 * changed between two of them. Read-only; drafts change the live release through
 * {@code org.siao.drafts.DraftService}.
 */
public interface Releases {

	/** The history entry of the live release. */
	Release live();

	/** Every entry, newest first: live, superseded, scheduled, awaiting approval, not applied. */
	List<Release> history();

	/** The newest entry of a release version (a rules version is accepted too). */
	Optional<Release> release(String version);

	/** The files of a release. */
	Bundle bundle(String version);

	/** Row by row, what changes from one release to another. */
	ReleaseDiff diff(String from, String to);

}
