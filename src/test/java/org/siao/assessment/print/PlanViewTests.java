package org.siao.assessment.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessment.Condition;
import org.siao.assessment.Assessment.Money;
import org.siao.assessment.Assessment.Recommendation;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlanViewTests {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void anAmountAnOpenQuestionDecidesIsShownAsARange() {
		PlanView view = view(THAI, null, recommendation(1, "A", 600L, 1000L, "MONTH", "600 บาทต่อเดือน", "เหตุผล", List.of()));
		assertThat(view.items().get(0).amount()).isEqualTo("เดือนละ 600–1,000 บาท");
	}

	@Test
	void aSettledAmountIsTheEnginesWords() {
		PlanView view = view(Locale.ENGLISH, null, recommendation(1, "A", 700L, 700L, "MONTH", "700 baht a month", "r", List.of()));
		assertThat(view.items().get(0).amount()).isEqualTo("700 baht a month");
	}

	@Test
	void withoutAReasonTheMatchedConditionsSayWhy() {
		Recommendation r = recommendation(1, "A", null, null, null, null, null, List.of());
		PlanView view = view(Locale.ENGLISH, null, r);
		assertThat(view.items().get(0).reason()).isEqualTo("age 72 years: at least 60; state pension: no");
		PlanView given = view(Locale.ENGLISH, null, recommendation(1, "A", null, null, null, null, "She is 72.", List.of()));
		assertThat(given.items().get(0).reason()).isEqualTo("She is 72.");
	}

	@Test
	void eachDocumentIsOnTheChecklistOnceWithTheProgrammesThatNeedIt() {
		PlanView view = view(Locale.ENGLISH, null,
				recommendation(1, "Old-age allowance", null, null, null, null, "r", List.of("ID card", "house registration")),
				recommendation(2, "Child grant", null, null, null, null, "r", List.of("birth certificate", "ID card ")),
				recommendation(3, "Child grant", null, null, null, null, "r", List.of("ID card")));
		assertThat(view.checklist()).extracting(PlanView.Check::document)
			.containsExactly("ID card", "house registration", "birth certificate");
		assertThat(view.checklist().get(0).forProgrammes()).isEqualTo("Old-age allowance, Child grant");
	}

	@Test
	void totalsAreLinesForWhatIsPaidAndNothingForWhatIsNot() {
		Assessment.Totals totals = new Assessment.Totals(new Money(1700, 2100), new Money(20400, 25200), new Money(0, 0));
		assertThat(view(THAI, totals).totals()).containsExactly("ต่อเดือน 1,700–2,100 บาท", "ต่อปี 20,400–25,200 บาท");
		assertThat(view(THAI, null).totals()).isEmpty();
	}

	@Test
	void theDateIsInTheBuddhistEra() {
		assertThat(view(THAI, null).date()).isEqualTo("15 มิ.ย. 2567");
		assertThat(view(Locale.ENGLISH, null).date()).isEqualTo("15 Jun 2567 BE");
	}

	private PlanView view(Locale locale, Assessment.Totals totals, Recommendation... recommendations) {
		Assessment a = new Assessment("v1", LocalDate.of(2024, 6, 15), locale.getLanguage(), List.of(), List.of(),
				List.of(recommendations), List.of(), List.of(), List.of(), List.of(), totals);
		return PlanView.of(new PlanSheet("HH-1", LocalDate.of(2024, 6, 15), a, locale), messages);
	}

	private static Recommendation recommendation(int rank, String name, Long amount, Long amountMax, String period,
			String amountText, String reason, List<String> documents) {
		List<Condition> conditions = List.of(new Condition("age", "age", 72, ">= 60", "age 72 years: at least 60"),
				new Condition("statePension", "state pension", false, "false", "state pension: no"));
		return new Recommendation(rank, "P" + rank, name, "WELFARE", "SAO", "m1", amount, amountMax, period, amountText,
				reason, null, null, documents, List.of(), conditions, List.of(), "source", "CONFIRMED", false, null, null);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/print");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
