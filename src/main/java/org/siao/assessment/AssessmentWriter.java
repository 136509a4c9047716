package org.siao.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siao.catalogue.Dimension;
import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.plan.Candidate;
import org.siao.rulebook.plan.Offer;
import org.siao.rulebook.plan.PlanResult;
import org.siao.survey.Survey;

/** Step 4: joins the results with the catalogue and puts them into words, in one language. */
final class AssessmentWriter {

	private final RuleBook book;

	private final Survey survey;

	private final Evaluation evaluation;

	private final PlanResult plan;

	private final Wording words;

	private final OpenQuestions questions;

	private final Explanations explain;

	private final NotOffered notOffered;

	private final Map<String, OpenAmounts.Standing> standing;

	private final Urgency urgency;

	private final Reasons reasons;

	AssessmentWriter(RuleBook book, Survey survey, Evaluation evaluation, PlanResult plan,
			Map<String, OpenAmounts.Standing> standing, Wording words) {
		this.book = book;
		this.survey = survey;
		this.evaluation = evaluation;
		this.plan = plan;
		this.standing = standing;
		this.words = words;
		this.questions = new OpenQuestions(evaluation);
		this.explain = new Explanations(words);
		this.notOffered = new NotOffered(book, evaluation, plan, words, explain, questions, new Receipts(survey));
		this.urgency = new Urgency(book.catalogue(), plan, words);
		this.reasons = new Reasons(book.catalogue(), evaluation, words);
	}

	Assessment write() {
		List<Assessment.Recommendation> recommendations = recommendations();
		Set<String> settled = new HashSet<>();
		recommendations.forEach(r -> {
			settled.add(r.programme() + "@" + r.member());
			settled.add(r.programme());
		});
		List<Assessment.SetAside> setAside = notOffered.setAside();
		setAside.forEach(s -> {
			settled.add(s.programme() + "@" + s.member());
			settled.add(s.programme());
		});
		List<Assessment.Undetermined> open = notOffered.undetermined(settled);
		QuestionWording asking = new QuestionWording(survey, words);
		List<Assessment.Question> next = questions.ranked(5).stream().map(e -> asking.question(e.getKey(), e.getValue())).toList();
		return new Assessment(book.version(), survey.assessmentDate(), words.language().name().toLowerCase(),
				dimensions(), deficits(), recommendations, setAside, notOffered.nearMisses(settled), open, next,
				MoneyTotals.of(recommendations, book.catalogue()));
	}

	private List<Assessment.DimensionSummary> dimensions() {
		List<Assessment.DimensionSummary> summaries = new ArrayList<>();
		int[][] byDimension = new int[Dimension.values().length][IndicatorOutcome.Status.values().length];
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			byDimension[o.indicator().dimension().ordinal()][o.status().ordinal()]++;
		}
		for (Dimension dimension : Dimension.values()) {
			int[] counts = byDimension[dimension.ordinal()];
			int fail = counts[IndicatorOutcome.Status.FAIL.ordinal()];
			int open = counts[IndicatorOutcome.Status.UNDETERMINED.ordinal()];
			summaries.add(new Assessment.DimensionSummary(dimension.name(), dimension.title().in(words.language()),
					fail > 0 ? "DEFICIT" : open > 0 ? "OPEN" : "MET", fail, counts[IndicatorOutcome.Status.PASS.ordinal()],
					counts[IndicatorOutcome.Status.NOT_APPLICABLE.ordinal()], open));
		}
		return summaries;
	}

	private List<Assessment.Deficit> deficits() {
		return evaluation.indicatorOutcomes().stream()
			.filter(o -> o.status() == IndicatorOutcome.Status.FAIL)
			.map(o -> new Assessment.Deficit(o.deficitId(), o.indicator().code(), o.indicator().name().in(words.language()),
					o.indicator().dimension().name(), o.member() == null ? null : o.member().id(),
					o.rows().stream().flatMap(r -> explain.conditions(r).stream()).distinct().toList(),
					Explanations.ref(o.verdict().table(), o.decided().row())))
			.toList();
	}

	private List<Assessment.Recommendation> recommendations() {
		List<Offer> standing = new ArrayList<>(plan.offers());
		Set<Offer> superseded = new HashSet<>();
		plan.superseded().forEach(s -> superseded.add(s.offer()));
		standing.removeAll(superseded);
		Map<String, Integer> memberOrder = new LinkedHashMap<>();
		evaluation.profile().members().forEach(m -> memberOrder.put(m.id(), m.index()));
		standing.sort(Comparator.comparing((Offer o) -> !urgency.urgent(o))
			.thenComparingInt(Offer::priority)
			.thenComparingInt(o -> memberOrder.getOrDefault(o.beneficiary(), -1))
			.thenComparing(Offer::programme));
		List<Assessment.Recommendation> out = new ArrayList<>();
		for (Offer offer : standing) {
			out.add(recommendation(out.size() + 1, offer));
		}
		return out;
	}

	private Assessment.Recommendation recommendation(int rank, Offer offer) {
		Programme p = book.catalogue().programme(offer.programme()).orElseThrow();
		Candidate first = offer.candidates().get(0);
		RuleTable.RowCheck row = rowCheck(first);
		String member = Candidate.HOUSEHOLD.equals(offer.beneficiary()) ? null : offer.beneficiary();
		String note = plan.capped().stream().filter(c -> c.programme().equals(p.code())).findFirst()
			.map(c -> words.word("capped", words.number(c.cap()), words.number(c.total()))).orElse(null);
		Long least = offer.amount();
		Long most = least;
		for (Candidate c : offer.candidates()) {
			OpenAmounts.Standing s = standing.get(PlanStep.key(c.table(), c.memberId()));
			if (s != null && s.most() != null && (most == null || s.most() > most)) {
				most = s.most();
			}
			if (s != null && s.open()) {
				// the programme stands; what is left to ask is how much it pays
				questions.fieldsOf(s.deciding(), memberFacts(c.memberId()), MoneyTotals.perYear(p, s.most())
						- MoneyTotals.perYear(p, s.least()), urgency.urgent(offer));
			}
		}
		return new Assessment.Recommendation(rank, p.code(), p.name().in(words.language()), p.kind().name(),
				p.agency().in(words.language()), member, least, most, MoneyTotals.period(p, least),
				amountText(p, least, most), reasons.of(row, offer), p.apply() == null ? null : p.apply().in(words.language()),
				p.benefit().in(words.language()), documents(p, first.memberId()), offer.because(),
				row == null ? List.of() : explain.conditions(row),
				offer.candidates().stream().map(c -> Explanations.ref(table(c.table()), table(c.table()).rows().get(c.row() - 1))).distinct().toList(),
				p.source(), SourceStatus.of(p.status(), offer.candidates().stream().map(c -> table(c.table()).rows().get(c.row() - 1).source()).toList()),
				urgency.urgent(offer), urgency.reason(offer), note);
	}

	private String amountText(Programme p, Long least, Long most) {
		if (least == null || p.per() == null) {
			return null;
		}
		if (most != null && !most.equals(least)) {
			return words.word("amountRange." + p.per().name(), words.number(least), words.number(most));
		}
		return words.word("amount." + p.per().name(), words.number(least));
	}

	/** The documents to bring, without those that do not fit the member (proof of enrolment out of school). */
	private List<String> documents(Programme p, String memberId) {
		var facts = memberFacts(memberId);
		return p.documents().stream()
			.filter(d -> d.onlyIf() == null || facts == null || !Boolean.FALSE.equals(facts.facts().get(d.onlyIf())))
			.map(d -> d.in(words.language()))
			.toList();
	}

	private org.siao.survey.Profile.MemberFacts memberFacts(String memberId) {
		for (org.siao.survey.Profile.MemberFacts m : evaluation.profile().members()) {
			if (m.id().equals(memberId)) {
				return m;
			}
		}
		return null;
	}

	// the programme outcomes by table, in their order, for finding a candidate's row
	private Map<String, List<ProgrammeOutcome>> outcomesByTable;

	private List<ProgrammeOutcome> outcomesOf(String table) {
		if (outcomesByTable == null) {
			outcomesByTable = new java.util.HashMap<>();
			for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
				outcomesByTable.computeIfAbsent(o.verdict().table().name(), k -> new ArrayList<>(4)).add(o);
			}
		}
		return outcomesByTable.getOrDefault(table, List.of());
	}

	private RuleTable table(String name) {
		return book.programmeTable(name);
	}

	private RuleTable.RowCheck rowCheck(Candidate candidate) {
		for (ProgrammeOutcome o : outcomesOf(candidate.table())) {
			if (java.util.Objects.equals(o.member() == null ? null : o.member().id(), candidate.memberId())) {
				for (RuleTable.RowCheck r : o.verdict().matched()) {
					if (r.row().number() == candidate.row()) {
						return r;
					}
				}
				for (RuleTable.RowCheck r : o.verdict().pending()) {
					if (r.row().number() == candidate.row()) {
						return r;
					}
				}
			}
		}
		return null;
	}

}
