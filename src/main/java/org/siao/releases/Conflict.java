package org.siao.releases;

/**
 * A change of a draft that cannot be replayed on the new live release because the same row (or
 * catalogue entry, or file) was changed there too: {@code row} is the row number in the draft.
 */
public record Conflict(String file, String table, Integer row, String ruleId, String entry, String reason) {
}
