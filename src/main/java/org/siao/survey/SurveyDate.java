package org.siao.survey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date in a survey: not before {@link #earliest()}, not after today in Thailand, and not a
 * Buddhist-era year written as if it were ISO (2569-11-29 for 2026-11-29), which would otherwise
 * pass as a date 543 years ahead.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SurveyDateValidator.class)
public @interface SurveyDate {

	/** ISO date. */
	String earliest();

	String message() default "{siao.date.early}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
