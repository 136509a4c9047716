package org.siao.assessment;

import java.util.List;

import org.siao.survey.Survey;
import org.siao.survey.SurveyChecks.FieldProblem;

/**
 * A survey whose answers contradict each other or name unknown programmes. The messages are in the
 * language the assessment was asked in; the survey, when known, lets the problem name members by
 * their labels (m1, m2).
 */
public class InvalidSurvey extends RuntimeException {

	private final List<FieldProblem> problems;

	private final transient Survey survey;

	public InvalidSurvey(List<FieldProblem> problems) {
		this(problems, null);
	}

	public InvalidSurvey(List<FieldProblem> problems, Survey survey) {
		super(problems.size() + " invalid field(s)");
		this.problems = List.copyOf(problems);
		this.survey = survey;
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The survey the problems are about, or null. */
	public Survey survey() {
		return survey;
	}

}
