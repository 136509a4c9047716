package org.siao.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" is today in Thailand, whatever the server's zone; the validator's clock is set here, as
 * the application's validator would be. Messages follow the caller's locale, as pages need.
 */
class SurveyDateTests {

	/** 2026-11-29 18:30 UTC is already 30 November in Thailand (UTC+7). */
	private static final Instant EVENING_UTC = Instant.parse("2026-11-29T18:30:00Z");

	private final LocalValidatorFactoryBean validator = validatorAt(EVENING_UTC);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void todayInThailandIsAcceptedAndTheDayAfterIsNot() {
		assertThat(messages(survey(LocalDate.parse("2026-11-30"), null))).isEmpty();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(messages(survey(LocalDate.parse("2026-12-01"), null)))
			.containsExactly("is in the future: it can be today (2026-11-30) at the latest");
	}

	@Test
	void aBuddhistEraYearIsNamedAsSuchInTheCallersLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		assertThat(messages(survey(LocalDate.parse("2569-11-29"), null)))
			.singleElement().asString().startsWith("ดูเหมือนเป็นปีพุทธศักราช: เขียน 2026 แทน 2569");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(messages(survey(LocalDate.parse("2024-06-15"), LocalDate.parse("2510-03-01"))))
			.singleElement().asString().startsWith("looks like a Buddhist-era year: write 1967 for 2510");
	}

	@Test
	void theEarliestDatesHold() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(messages(survey(LocalDate.parse("2000-01-01"), LocalDate.parse("1880-01-01")))).isEmpty();
		assertThat(messages(survey(LocalDate.parse("1999-12-31"), LocalDate.parse("1879-12-31"))))
			.containsExactlyInAnyOrder("must be 2000-01-01 or later", "must be 1880-01-01 or later");
		assertThat(messages(survey(LocalDate.MIN, LocalDate.MAX))).hasSize(2);
	}

	@Test
	void crossFieldChecksNeverOverflowOnExtremeDates() {
		assertThat(SurveyChecks.check(survey(LocalDate.MIN, LocalDate.MAX), Locale.ENGLISH)).isEmpty();
		assertThat(SurveyChecks.check(survey(LocalDate.MAX, LocalDate.MIN), Locale.ENGLISH)).isEmpty();
	}

	private List<String> messages(Survey survey) {
		Set<ConstraintViolation<Survey>> violations = validator.validate(survey);
		return violations.stream().map(ConstraintViolation::getMessage).toList();
	}

	static Survey survey(LocalDate assessed, LocalDate born) {
		Member head = new Member("m1", Relation.HEAD, born, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		return new Survey(assessed, new Location("40", "4001", "400101", "40010105"), null, null, null, null, null, null,
				null, null, null, null, List.of(head));
	}

	private static LocalValidatorFactoryBean validatorAt(Instant now) {
		LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
		factory.setConfigurationInitializer(c -> c.clockProvider(() -> Clock.fixed(now, ZoneOffset.UTC)));
		factory.afterPropertiesSet();
		return factory;
	}

}
