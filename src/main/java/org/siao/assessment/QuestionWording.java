package org.siao.assessment;

import java.util.List;

import org.siao.survey.Profile.MemberFacts;
import org.siao.survey.Survey;

/**
 * A question as the official asks it: in the answer's language, naming the member by relation
 * and age ("the son, 40"), with the kind of answer it takes and, for a choice, the choices.
 */
final class QuestionWording {

	private final Survey survey;

	private final Wording words;

	QuestionWording(Survey survey, Wording words) {
		this.survey = survey;
		this.words = words;
	}

	Assessment.Question question(OpenQuestions.Field field, OpenQuestions.Stake stake) {
		String text;
		String label = null;
		if (field.member() == null) {
			text = words.question(field.fact());
		}
		else {
			Integer age = age(field.member());
			String relation = survey.members().get(field.member().index()).relation().name();
			String sex = (String) field.member().facts().get("sex");
			label = words.member(relation, sex, age, false);
			text = words.question(field.fact(), words.member(relation, sex, age, true), age);
		}
		Answer answer = ANSWERS.computeIfAbsent(field.path(), Answer::of);
		List<Assessment.Choice> choices = answer.choices().stream()
			.map(v -> new Assessment.Choice(v, words.choice(v))).toList();
		return new Assessment.Question(field.path(), field.member() == null ? null : field.member().id(), label, text,
				stake.settles(), stake.moneyPerYear(), stake.urgent(), answer.input().name(), choices);
	}

	// what a survey field takes, found once per field: the survey's record types are read by reflection
	private static final java.util.concurrent.ConcurrentHashMap<String, Answer> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The kind of answer a field takes and, for a choice, its values. */
	private record Answer(SurveyFields.Input input, List<String> choices) {

		static Answer of(String path) {
			return new Answer(SurveyFields.input(path), SurveyFields.choices(path));
		}

	}

	private static Integer age(MemberFacts member) {
		return member.facts().get("ageYears") instanceof java.math.BigDecimal n ? n.intValue() : null;
	}

}
