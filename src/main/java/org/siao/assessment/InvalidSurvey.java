package org.siao.assessment;

import java.util.List;

import org.siao.survey.SurveyChecks.FieldProblem;

/** A survey whose answers contradict each other or name unknown programmes. */
public class InvalidSurvey extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidSurvey(List<FieldProblem> problems) {
		super(problems.size() + " invalid field(s)");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
