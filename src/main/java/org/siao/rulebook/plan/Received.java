package org.siao.rulebook.plan;

/** A programme the household already receives; {@code memberId} null when the household as a whole does. */
public record Received(String programme, String memberId) {
}
