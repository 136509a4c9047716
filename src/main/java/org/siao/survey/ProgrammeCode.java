package org.siao.survey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The shape of a programme code (OLD-AGE-ALLOWANCE); whether it exists is the catalogue's call. */
@Size(max = 60)
@Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
@ReportAsSingleViolation
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface ProgrammeCode {

	String message() default "{siao.programme.code}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
