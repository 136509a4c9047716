package org.siao.survey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/** The shape of a programme code (OLD-AGE-ALLOWANCE); whether it exists is the catalogue's call. */
@Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*", message = "must be a programme code such as OLD-AGE-ALLOWANCE")
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface ProgrammeCode {

	String message() default "must be a programme code such as OLD-AGE-ALLOWANCE";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
