package org.siao.rulebook;

import java.util.List;
import java.util.stream.Collectors;

/** A rules folder that must not go live, with every problem found in it. */
public class RulesRejected extends RuntimeException {

	private final List<RuleProblem> problems;

	public RulesRejected(List<RuleProblem> problems) {
		super("rules rejected:\n  " + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
