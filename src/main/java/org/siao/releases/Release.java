package org.siao.releases;

import java.time.Instant;

/**
 * One entry of the release history: a bundle ({@code version}, its content hash; {@code
 * rulesVersion}, the hash of its rules alone, as assessments report it) made live, scheduled or
 * awaiting approval by {@code user} at {@code at}, drafted from {@code parent}. The same content
 * published again (a rollback) is a new entry with the same version, so {@code seq} names the entry.
 *
 * @param action START, PUBLISH, ROLLBACK, RELOAD (files changed on disk)
 * @param state LIVE (the head now), SUPERSEDED (was live), SCHEDULED, AWAITING_APPROVAL,
 *        NOT_APPLIED (a scheduled or approved release whose parent was no longer live: see {@code reason})
 * @param casebook what the casebook said of it ("52 cases, 1 changed, 0 failing (0 before)")
 * @param approvedBy the second person, when four-eyes publishing is on
 */
public record Release(long seq, String version, String rulesVersion, String parent, String action, String state,
		String user, Instant at, String note, Instant effectiveAt, String casebook, String approvedBy, String reason,
		String draft) {

	public Release withSeq(long seq) {
		return new Release(seq, version, rulesVersion, parent, action, state, user, at, note, effectiveAt, casebook,
				approvedBy, reason, draft);
	}

	public Release withState(String state, String reason) {
		return new Release(seq, version, rulesVersion, parent, action, state, user, at, note, effectiveAt, casebook,
				approvedBy, reason, draft);
	}

}
