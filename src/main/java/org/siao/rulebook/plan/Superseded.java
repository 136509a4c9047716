package org.siao.rulebook.plan;

/** An offer set aside for a better one of the same exclusive group. */
public record Superseded(Offer offer, String by) {
}
