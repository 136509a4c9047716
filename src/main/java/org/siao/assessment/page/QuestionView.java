package org.siao.assessment.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.siao.assessment.Assessment.Choice;
import org.siao.assessment.Assessment.Question;
import org.springframework.context.MessageSource;

/**
 * A next question with the input to answer it on the answer page: the engine's {@code input} and
 * {@code choices} when it gives them, otherwise what the survey field's type calls for. A question
 * about "any member" ({@code members[].x}) has no single field: the page links back to the form.
 */
public record QuestionView(Question question, String kind, String field, List<Choice> choices, List<String> parts,
		String htmlId) {

	public boolean inline() {
		return !kind.equals("FORM");
	}

	static QuestionView of(Question question, int number, MessageSource messages, Locale locale) {
		String field = question.field();
		String id = "q" + number;
		var type = field.contains("[]") ? java.util.Optional.<SurveyFields.FieldType>empty() : SurveyFields.of(field);
		if (type.isEmpty()) {
			return new QuestionView(question, "FORM", field, List.of(), List.of(), id);
		}
		SurveyFields.Kind fieldKind = type.get().kind();
		String kind = question.input() != null && fieldKind != SurveyFields.Kind.SECTION
				&& fieldKind != SurveyFields.Kind.CHOICES ? question.input() : fieldKind.name();
		List<Choice> choices = question.choices() != null && !question.choices().isEmpty() ? question.choices()
				: enumChoices(type.get(), messages, locale);
		if (fieldKind == SurveyFields.Kind.CHOICES && type.get().type().isEnum()
				&& choices.stream().noneMatch(c -> c.value().equals("NONE"))) {
			// ticking nothing leaves the list unknown; "none of these" is the answer "no"
			choices = new ArrayList<>(choices);
			String name = type.get().type().getSimpleName();
			choices.add(new Choice("NONE", messages.getMessage("enum." + name + ".NONE", null, "none", locale)));
		}
		List<String> parts = fieldKind == SurveyFields.Kind.SECTION
				? SurveyFields.components(type.get().type()).stream().map(c -> field + "." + c).toList() : List.of();
		if (kind.equals("DECIMAL")) {
			kind = "NUMBER";
		}
		return new QuestionView(question, kind, field, choices, parts, id);
	}

	private static List<Choice> enumChoices(SurveyFields.FieldType type, MessageSource messages, Locale locale) {
		List<Choice> choices = new ArrayList<>();
		String name = type.type().getSimpleName();
		for (String constant : type.constants()) {
			choices.add(new Choice(constant, messages.getMessage("enum." + name + "." + constant, null, constant, locale)));
		}
		return choices;
	}

}
