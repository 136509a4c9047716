package org.siao.rulebook;

import java.time.Instant;

/**
 * One change of the live rules, as the audit log keeps it: who, when, from which version to
 * which, why, and what the casebook said. {@code action} is PUBLISH, ROLLBACK, RELOAD (a change on
 * disk) or START.
 */
public record Publication(String action, String user, Instant at, String fromVersion, String toVersion, String note,
		String casebook) {
}
