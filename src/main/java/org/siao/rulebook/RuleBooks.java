package org.siao.rulebook;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live rule book. Each assessment takes the current one once and uses it to the end, so a
 * response never mixes two versions; a swap is one atomic reference change, and the book in use
 * by a request in flight stays whole until that request ends.
 */
public final class RuleBooks {

	private final AtomicReference<RuleBook> current;

	private volatile Status status;

	public RuleBooks(RuleBook initial) {
		this.current = new AtomicReference<>(initial);
		this.status = Status.live(initial.version(), initial.loadedAt());
	}

	public RuleBook current() {
		return current.get();
	}

	public Status status() {
		return status;
	}

	public void swap(RuleBook next, Instant at) {
		current.set(next);
		status = Status.live(next.version(), at);
	}

	/** A change on disk that did not pass its checks: the live rules stay, the failure is shown. */
	public void rejected(String version, List<RuleProblem> errors, Instant at) {
		status = new Status("RELOAD_FAILED", current.get().version(), version, errors.stream().map(RuleProblem::toString).toList(), at);
	}

	/**
	 * LIVE, or RELOAD_FAILED when the folder on disk changed into something that does not load:
	 * {@code liveVersion} is then the last good version, {@code failedVersion} the refused one.
	 */
	public record Status(String state, String liveVersion, String failedVersion, List<String> errors, Instant at) {

		static Status live(String version, Instant at) {
			return new Status("LIVE", version, null, List.of(), at);
		}

	}

}
