package org.siao.policy.effect;

import org.siao.survey.Survey;

/**
 * A household to run on the live and the draft rules: a casebook case (its {@code casePath}) or an
 * uploaded line ({@code casePath} null). {@code label} is what the page shows: a case's title or
 * "line 3" of an upload, never a name.
 */
public record Household(String label, String casePath, Survey survey) {
}
