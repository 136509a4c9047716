package org.siao.rulebook.plan;

/** An offer that answers an urgent deficit and so comes first. */
public record Urgent(Offer offer) {
}
