package org.siao.assessment.page;

import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.assessment.InvalidSurvey;
import org.siao.catalogue.Language;
import org.siao.survey.Survey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The same checks as the API, in the same order: read the typed answers, Bean Validation on the
 * survey, then the assessor's own checks. Either an assessment or messages by field, never both.
 */
@Component
class SurveyCheck {

	private final Validator validator;

	private final Assessor assessor;

	private final MessageSource messages;

	SurveyCheck(Validator validator, Assessor assessor, MessageSource messages) {
		this.validator = validator;
		this.assessor = assessor;
		this.messages = messages;
	}

	/** The outcome of checking a form: the survey and its assessment, or what to correct. */
	record Checked(Survey survey, Assessment assessment, FormErrors errors) {

		boolean ok() {
			return assessment != null;
		}

	}

	Checked check(SurveyForm form, Locale locale) {
		FormReader.Reading reading = new FormReader(messages, locale).read(form);
		FormErrors errors = reading.errors();
		Survey survey = reading.survey();
		for (ConstraintViolation<Survey> violation : validator.validate(survey)) {
			errors.addIfNone(violation.getPropertyPath().toString(), violation.getMessage());
		}
		if (!errors.isEmpty()) {
			return new Checked(survey, null, errors);
		}
		return assess(survey, locale);
	}

	/** Assesses a survey already read (the stored one, with one more answer). */
	Checked assess(Survey survey, Locale locale) {
		FormErrors errors = new FormErrors();
		try {
			return new Checked(survey, assessor.assess(survey, Language.of(locale)), errors);
		}
		catch (InvalidSurvey e) {
			e.problems().forEach(p -> errors.add(p.field(), p.message()));
			return new Checked(survey, null, errors);
		}
	}

}
