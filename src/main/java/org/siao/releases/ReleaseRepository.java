package org.siao.releases;

import java.util.List;
import java.util.Optional;

/**
 * Where releases are kept: the bundles, the history, and which one is live (the head). Two
 * implementations: {@link JdbcReleaseStore} (the database, shared by every instance that uses it)
 * and {@link ReleaseStore} (a folder, for one instance). Every change goes through
 * {@link #commit(Change)}: one atomic step that writes the bundle, appends the entry and, when
 * asked, moves the head, only if the head is still the one the caller saw. That compare-and-swap
 * is what keeps two publishers, in one process or in two, from both winning.
 */
public interface ReleaseRepository {

	/** Where the releases are, for the log ("database", or the folder). */
	String where();

	/** The live entry, or empty before the first release. */
	Optional<Release> head();

	boolean has(String version);

	/** The files of a release, checked against its version: a bundle that does not hash to its name is refused. */
	Bundle read(String version);

	/** Every entry in its latest state, oldest first. */
	List<Release> entries();

	/**
	 * A number that changes whenever anything is committed (by this process or another), cheap to
	 * read: followers look at it every second and read the rest only when it moved.
	 */
	long changes();

	/**
	 * One change, all or nothing. Returns the entry as stored (its {@code seq} given when it had
	 * none), or empty when a condition no longer held: then nothing was written.
	 */
	Optional<Release> commit(Change change);

	/** The version of the rules and casebook folders last taken from disk, so a restart does not take them as a change. */
	Optional<String> diskSeen();

	void diskSeen(String version);

	/**
	 * The warnings of a full check of {@code rulesVersion} that passed under this {@code build} of
	 * the code, or empty when this build never checked it.
	 */
	Optional<String> checked(String rulesVersion, String build);

	void checked(String rulesVersion, String build, String warnings);

	/**
	 * @param bundle the files to store with the entry (nothing when already stored), or null
	 * @param entry the entry to append: {@code seq} 0 for a new entry (the store numbers it),
	 *        or an existing entry's seq for a new state of it
	 * @param moveHead whether the entry becomes the head
	 * @param expectHead the seq of the head the caller saw (0: no head yet), or null not to compare
	 * @param expectState for a new state of an entry, the state it must still be in, or null
	 */
	record Change(Bundle bundle, Release entry, boolean moveHead, Long expectHead, String expectState) {

		/** A new entry (or a new state of one) that becomes live, if the head is still {@code seenHead}. */
		static Change goLive(Bundle bundle, Release entry, long seenHead, String expectState) {
			return new Change(bundle, entry, true, seenHead, expectState);
		}

		/** An entry that waits (scheduled, awaiting approval), recorded if the head is still {@code seenHead}. */
		static Change waiting(Bundle bundle, Release entry, long seenHead) {
			return new Change(bundle, entry, false, seenHead, null);
		}

		/** A new state of an entry that does not go live (NOT_APPLIED, approved for later), if it is still in {@code from}. */
		static Change state(Release entry, String from) {
			return new Change(null, entry, false, null, from);
		}

	}

}
