package org.siao.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Document;
import org.siao.catalogue.Language;
import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Fact;
import org.siao.survey.Member;
import org.siao.survey.Survey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the official reads aloud, over the whole casebook in Thai and English: plain words with no
 * codes or field paths, yes/no in the words that fit the fact, joined words spaced, documents that
 * fit the member, and the answer's new fields filled from the rules and the catalogue.
 */
class AnswerWordingTests {

	private static final RuleBook BOOK = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));

	private static final List<Case> CASES = CasebookReader.read(Path.of("casebook"));

	private static final Pattern FIELD_PATH = Pattern.compile("\\w+\\[\\d*\\]|\\{\\d\\}");

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

	@TestFactory
	Stream<DynamicTest> sentencesCarryNoCodesOrFieldPaths() {
		Set<String> codes = codes();
		return assessments().map(a -> DynamicTest.dynamicTest(a.label(), () -> {
			for (String sentence : sentences(a.assessment())) {
				assertThat(sentence).as("a sentence").isEqualTo(sentence.strip()).doesNotContain("  ");
				assertThat(FIELD_PATH.matcher(sentence).find()).as("field path or placeholder in: %s", sentence).isFalse();
				for (String word : sentence.split("[\\s,.:;()/]+")) {
					assertThat(codes).as("code '%s' in: %s", word, sentence).doesNotContain(word);
				}
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> thaiAnswersSayYesAndNoInThai() {
		return assessments().filter(a -> a.language() == Language.TH).map(a -> DynamicTest.dynamicTest(a.label(), () -> {
			for (String sentence : sentences(a.assessment())) {
				assertThat(sentence).as("Thai sentence").doesNotContainPattern("\\b(yes|no|true|false)\\b")
					.doesNotContain(": ใช่", ": ไม่ใช่");
			}
			a.assessment().dimensions().forEach(d -> assertThat(THAI.matcher(d.name()).find()).as(d.name()).isTrue());
		}));
	}

	@Test
	void everyYesNoFactHasItsOwnWordsInBothLanguages() {
		for (Language language : Language.values()) {
			Wording words = new Wording(language, BOOK.catalogue());
			for (Fact fact : Fact.values()) {
				Object sample = SurveyFields.domain(fact.factName()).map(l -> l.get(0)).orElse(null);
				if (sample instanceof Boolean) {
					assertThat(words.yesNo(fact.factName(), true)).as(fact + " yes").doesNotContain(":")
						.isNotEqualTo(words.yesNo(fact.factName(), false));
					assertThat(words.yesNo(fact.factName(), false)).as(fact + " no").doesNotContain(":");
				}
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> joinedChoicesAreSpaced() {
		return assessments().map(a -> DynamicTest.dynamicTest(a.label(), () -> {
			String or = a.language() == Language.TH ? " หรือ " : " or ";
			a.assessment().recommendations().stream().flatMap(r -> r.conditions().stream())
				.filter(c -> c.test().contains("\",\"")).forEach(c -> assertThat(c.text()).contains(or));
		}));
	}

	@TestFactory
	Stream<DynamicTest> documentsFitTheMember() {
		return assessments().map(a -> DynamicTest.dynamicTest(a.label(), () -> {
			Survey survey = a.survey();
			for (Assessment.Recommendation r : a.assessment().recommendations()) {
				Programme p = BOOK.catalogue().programme(r.programme()).orElseThrow();
				Member member = survey.members().stream().filter(m -> m.id().equals(r.member())).findFirst().orElse(null);
				for (Document d : p.documents()) {
					boolean ruledOut = member != null && d.onlyIf() != null
							&& Boolean.FALSE.equals(Fact.named(d.onlyIf()).map(f -> fieldOf(member, f.field())).orElse(null));
					if (ruledOut) {
						assertThat(r.documents()).as(r.programme() + " for " + r.member()).doesNotContain(d.in(a.language()));
					}
					else {
						assertThat(r.documents()).contains(d.in(a.language()));
					}
				}
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> recommendationsCarryTheirAmountReasonHowToApplyAndUrgency() {
		return assessments().map(a -> DynamicTest.dynamicTest(a.label(), () -> {
			boolean urgentSoFar = true;
			for (Assessment.Recommendation r : a.assessment().recommendations()) {
				Programme p = BOOK.catalogue().programme(r.programme()).orElseThrow();
				if (r.amount() != null) {
					assertThat(r.amountMax()).isGreaterThanOrEqualTo(r.amount());
				}
				assertThat(r.period() != null).as("period of " + r.programme())
					.isEqualTo(r.amount() != null && p.per() != null && p.kind() != Programme.Kind.LOAN);
				assertThat(r.howToApply()).isEqualTo(p.apply() == null ? null : p.apply().in(a.language()));
				if (!r.conditions().isEmpty()) {
					assertThat(r.reason()).as("reason of " + r.programme()).isNotBlank();
				}
				boolean urgentDeficit = r.because().stream()
					.anyMatch(d -> BOOK.catalogue().indicator(d.split("@")[0]).orElseThrow().urgent());
				assertThat(r.urgent()).as("urgent " + r.programme()).isEqualTo(urgentDeficit || p.urgent() != null);
				assertThat(r.urgentReason() != null).isEqualTo(r.urgent());
				assertThat(!r.urgent() || urgentSoFar).as("urgent help comes first").isTrue();
				urgentSoFar = r.urgent();
				if (r.rules().stream().anyMatch(rule -> rule.source().contains("UNCONFIRMED"))) {
					assertThat(r.sourceStatus()).as("source status of " + r.programme()).isEqualTo("UNCONFIRMED");
				}
			}
		}));
	}

	@Test
	void somewhereInTheCasebookHelpIsUrgentAndSaysWhy() {
		assertThat(assessments().flatMap(a -> a.assessment().recommendations().stream()))
			.anySatisfy(r -> assertThat(r.urgentReason()).isNotBlank());
	}

	@TestFactory
	Stream<DynamicTest> totalsAddUpTheMoney() {
		return assessments().map(a -> DynamicTest.dynamicTest(a.label(), () -> {
			Assessment.Totals t = a.assessment().totals();
			long month = 0;
			long year = 0;
			long once = 0;
			for (Assessment.Recommendation r : a.assessment().recommendations()) {
				if (r.period() == null) {
					continue;
				}
				switch (r.period()) {
					case "MONTH" -> month += r.amount();
					case "YEAR" -> year += r.amount();
					default -> once += r.amount();
				}
			}
			boolean capped = a.assessment().recommendations().stream().anyMatch(r -> r.note() != null);
			if (capped) {
				assertThat(t.perMonth().min()).isLessThan(month);
			}
			else {
				assertThat(t.perMonth().min()).isEqualTo(month);
			}
			assertThat(t.perYear().min()).isEqualTo(t.perMonth().min() * 12 + year);
			assertThat(t.oneOff().min()).isEqualTo(once);
			assertThat(t.perMonth().max()).isGreaterThanOrEqualTo(t.perMonth().min());
		}));
	}

	@TestFactory
	Stream<DynamicTest> questionsNameTheMemberAndSayHowToAnswer() {
		return CASES.stream().flatMap(c -> Stream.of(Language.values()).map(l -> DynamicTest.dynamicTest(c.path() + " " + l, () -> {
			Survey partial = Interview.knowingWhoLivesThere(BOOK, c.survey()).survey();
			for (Assessment.Question q : Assessor.assess(BOOK, partial, l).nextQuestions()) {
				assertThat(q.memberLabel() == null).isEqualTo(q.member() == null);
				assertThat(q.input()).isIn("BOOLEAN", "NUMBER", "DATE", "CHOICE");
				assertThat(q.choices().isEmpty()).isEqualTo(!q.input().equals("CHOICE"));
				q.choices().forEach(choice -> assertThat(choice.label()).isNotBlank());
				if (l == Language.TH) {
					q.choices().forEach(choice -> assertThat(THAI.matcher(choice.label()).find() || choice.label().matches("[A-Z]\\.\\d"))
						.as(choice.value()).isTrue());
				}
				if (q.member() != null) {
					assertThat(q.question()).as("question names the member").contains(q.memberLabel().split("[, ]")[0]);
				}
			}
		})));
	}

	private record Assessed(String label, Survey survey, Language language, Assessment assessment) {
	}

	private static Stream<Assessed> assessments() {
		return CASES.stream().flatMap(c -> Stream.of(Language.values())
			.map(l -> new Assessed(c.path() + " " + l, c.survey(), l, Assessor.assess(BOOK, c.survey(), l))));
	}

	/** Codes that must never show in a sentence: indicator and programme codes, fact names, enum names. */
	private static Set<String> codes() {
		Set<String> codes = new HashSet<>();
		codes.addAll(BOOK.catalogue().indicators().keySet());
		codes.addAll(BOOK.catalogue().programmes().keySet());
		for (Fact f : Fact.values()) {
			if (!f.factName().equals(f.factName().toLowerCase())) {
				codes.add(f.factName());
			}
		}
		for (Class<?> e : List.of(org.siao.survey.Sex.class, org.siao.survey.Dependency.class, org.siao.survey.Occupation.class,
				org.siao.survey.HealthCoverage.class, org.siao.survey.Hardship.class, org.siao.survey.Relation.class,
				org.siao.survey.Grade.SchoolLevel.class)) {
			for (Object v : e.getEnumConstants()) {
				String name = ((Enum<?>) v).name();
				if (name.length() > 3) {
					codes.add(name);
				}
			}
		}
		codes.addAll(List.of("PASS", "FAIL", "NOT_APPLICABLE", "true", "false", "null"));
		return codes;
	}

	private static List<String> sentences(Assessment a) {
		List<String> out = new ArrayList<>();
		a.deficits().forEach(d -> d.evidence().forEach(c -> out.add(c.text())));
		for (Assessment.Recommendation r : a.recommendations()) {
			Stream.of(r.amountText(), r.reason(), r.howToApply(), r.urgentReason(), r.note()).filter(s -> s != null).forEach(out::add);
			r.conditions().forEach(c -> out.add(c.text()));
			out.addAll(r.documents());
		}
		a.setAside().forEach(s -> out.add(s.reason()));
		a.nearMisses().forEach(n -> out.add(n.text()));
		a.nextQuestions().forEach(q -> {
			out.add(q.question());
			if (q.memberLabel() != null) {
				out.add(q.memberLabel());
			}
		});
		return out;
	}

	private static Object fieldOf(Member member, String field) {
		try {
			return Member.class.getMethod(field).invoke(member);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

}
