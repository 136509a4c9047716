package org.siao.rulebook.plan;

/** A deficit found by the indicator tables, as the plan sees it: "WEL-1@m2", urgent or not. */
public record DeficitFact(String id, String indicator, String memberId, boolean urgent) {
}
