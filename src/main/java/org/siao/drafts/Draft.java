package org.siao.drafts;

import java.time.Instant;

import org.siao.rulebook.RuleBookLoader;

/** A rules folder compiled and checked once, not live. Its id is its version (the content hash). */
record Draft(String id, String basedOn, String createdBy, Instant createdAt, RuleBookLoader.Report report) {
}
