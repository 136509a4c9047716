package org.siao.rulebook.plan;

/** A programme whose offers add up to more than its household cap. */
public record Capped(String programme, Long cap, Long total) {
}
