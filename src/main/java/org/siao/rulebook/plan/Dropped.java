package org.siao.rulebook.plan;

/** A candidate the plan set aside, and why (ALREADY_RECEIVED). */
public record Dropped(Candidate candidate, String reason) {
}
