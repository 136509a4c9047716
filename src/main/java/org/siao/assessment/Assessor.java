package org.siao.assessment;

import java.util.ArrayList;
import java.util.List;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBooks;
import org.siao.survey.Member;
import org.siao.survey.Profile;
import org.siao.survey.Survey;
import org.siao.survey.SurveyChecks;
import org.siao.survey.SurveyChecks.FieldProblem;

/**
 * The pipeline, one direction: survey → profile → indicators → eligibility → plan → assessment.
 * The rule book is taken once per assessment, so one answer always comes from one version.
 */
public final class Assessor {

	private final RuleBooks ruleBooks;

	public Assessor(RuleBooks ruleBooks) {
		this.ruleBooks = ruleBooks;
	}

	public Assessment assess(Survey survey, Language language) {
		return assess(ruleBooks.current(), survey, language);
	}

	/** Assesses against a given rule book (the casebook runs drafts this way). */
	public static Assessment assess(RuleBook book, Survey survey, Language language) {
		Evaluation evaluation = evaluate(book, survey, language);
		return write(book, survey, language, evaluation);
	}

	/** The assessment and every table row that fired for it: indicator rows decided, programme rows hit. */
	public static Traced trace(RuleBook book, Survey survey, Language language) {
		Evaluation evaluation = evaluate(book, survey, language);
		Assessment assessment = write(book, survey, language, evaluation);
		List<Assessment.RuleRef> fired = new ArrayList<>();
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			o.rows().forEach(r -> fired.add(Explanations.ref(o.verdict().table(), r.row())));
		}
		for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
			o.verdict().matched().forEach(hit -> fired.add(Explanations.ref(o.verdict().table(), hit.row())));
		}
		return new Traced(assessment, fired.stream().distinct().toList());
	}

	/** An assessment with the rows behind it, for the casebook's coverage and readable failures. */
	public record Traced(Assessment assessment, List<Assessment.RuleRef> fired) {
	}

	static Evaluation evaluate(RuleBook book, Survey survey, Language language) {
		List<FieldProblem> problems = new ArrayList<>(SurveyChecks.check(survey, Lexicon.of(language).locale()));
		checkProgrammes(book.catalogue(), survey, language, problems);
		if (!problems.isEmpty()) {
			throw new InvalidSurvey(problems, survey);
		}
		return Evaluation.run(book, Profile.of(survey));
	}

	/** Steps 3 and 4: the plan and the answer in words, from the tables' results. */
	static Assessment write(RuleBook book, Survey survey, Language language, Evaluation evaluation) {
		OpenAmounts amounts = new OpenAmounts(evaluation);
		// by outcome (an identity map): the plan step and the writer ask about outcomes they hold,
		// so no table@member key is made per look-up
		java.util.Map<ProgrammeOutcome, OpenAmounts.Standing> standing = new java.util.IdentityHashMap<>();
		for (ProgrammeOutcome outcome : evaluation.programmeOutcomes()) {
			amounts.of(outcome).ifPresent(s -> standing.put(outcome, s));
		}
		PlanStep.Planned plan = PlanStep.run(book, survey, evaluation, standing);
		return new AssessmentWriter(book, survey, evaluation, plan, standing, new Wording(language, book.catalogue(), BookWords.of(book, language))).write();
	}

	private static void checkProgrammes(Catalogue catalogue, Survey survey, Language language,
			List<FieldProblem> problems) {
		for (int i = 0; i < survey.receives().size(); i++) {
			checkCode(catalogue, survey.receives().get(i), "receives[" + i + "]", language, problems);
		}
		for (int m = 0; m < survey.members().size(); m++) {
			Member member = survey.members().get(m);
			for (int i = 0; i < member.receives().size(); i++) {
				checkCode(catalogue, member.receives().get(i), "members[" + m + "].receives[" + i + "]", language,
						problems);
			}
		}
	}

	private static void checkCode(Catalogue catalogue, String code, String field, Language language,
			List<FieldProblem> problems) {
		if (code != null && catalogue.programme(code).isEmpty()) {
			problems.add(SurveyChecks.unknownProgramme(field, code, Lexicon.of(language).locale()));
		}
	}

}
