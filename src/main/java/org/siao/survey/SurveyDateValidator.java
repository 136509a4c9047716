package org.siao.survey;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link SurveyDate}; "today" comes from the validator's clock, so tests can set it. */
public class SurveyDateValidator implements ConstraintValidator<SurveyDate, LocalDate> {

	/** Officials survey in Thailand: an answer dated today there is not in the future. */
	static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	/** No common-era date in a survey comes near this year; a Buddhist-era one always does (2400 BE = 1857). */
	static final int BUDDHIST_ERA_FROM = 2400;

	private LocalDate earliest;

	@Override
	public void initialize(SurveyDate annotation) {
		earliest = LocalDate.parse(annotation.earliest());
	}

	@Override
	public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
		if (date == null) {
			return true;
		}
		if (date.getYear() >= BUDDHIST_ERA_FROM) {
			return refuse(context, "{siao.date.buddhist}", "ce", String.valueOf(BuddhistEra.toCommon(date.getYear())),
					"be", String.valueOf(date.getYear()));
		}
		if (date.isBefore(earliest)) {
			return refuse(context, "{siao.date.early}", "earliest", earliest.toString());
		}
		LocalDate today = LocalDate.now(context.getClockProvider().getClock().withZone(THAILAND));
		if (date.isAfter(today)) {
			return refuse(context, "{siao.date.future}", "today", today.toString());
		}
		return true;
	}

	private static boolean refuse(ConstraintValidatorContext context, String template, String... parameters) {
		HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
		for (int i = 0; i < parameters.length; i += 2) {
			hibernate.addMessageParameter(parameters[i], parameters[i + 1]);
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
		return false;
	}

}
