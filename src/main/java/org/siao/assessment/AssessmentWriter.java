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

	AssessmentWriter(RuleBook book, Survey survey, Evaluation evaluation, PlanResult plan, Wording words) {
		this.book = book;
		this.survey = survey;
		this.evaluation = evaluation;
		this.plan = plan;
		this.words = words;
		this.questions = new OpenQuestions(evaluation);
		this.explain = new Explanations(words);
		this.notOffered = new NotOffered(book, evaluation, plan, words, explain, questions);
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
		List<Assessment.Question> next = questions.ranked(5).stream()
			.map(e -> new Assessment.Question(e.getKey().path(),
					e.getKey().member() == null ? null : e.getKey().member().id(), null, words.question(e.getKey().fact()),
					e.getValue(), 0, false, null, List.of()))
			.toList();
		return new Assessment(book.version(), survey.assessmentDate(), words.language().name().toLowerCase(),
				dimensions(), deficits(), recommendations, setAside, notOffered.nearMisses(settled), open, next, null);
	}

	private List<Assessment.DimensionSummary> dimensions() {
		List<Assessment.DimensionSummary> summaries = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			int[] counts = new int[IndicatorOutcome.Status.values().length];
			evaluation.indicatorOutcomes().stream()
				.filter(o -> o.indicator().dimension() == dimension)
				.forEach(o -> counts[o.status().ordinal()]++);
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
		standing.sort(Comparator.comparing((Offer o) -> !plan.urgent().contains(o))
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
		RuleTable table = table(first.table());
		RuleTable.RowCheck row = rowCheck(first);
		String member = Candidate.HOUSEHOLD.equals(offer.beneficiary()) ? null : offer.beneficiary();
		String note = plan.capped().stream().filter(c -> c.programme().equals(p.code())).findFirst()
			.map(c -> words.word("capped", words.number(c.cap()), words.number(c.total()))).orElse(null);
		return new Assessment.Recommendation(rank, p.code(), p.name().in(words.language()), p.kind().name(),
				p.agency().in(words.language()), member, offer.amount(), offer.amount(), null, amountText(p, offer.amount()),
				null, null,
				p.benefit().in(words.language()), p.documents().stream().map(d -> d.in(words.language())).toList(),
				offer.because(), row == null ? List.of() : explain.conditions(row),
				offer.candidates().stream().map(c -> Explanations.ref(table(c.table()), table(c.table()).rows().get(c.row() - 1))).distinct().toList(),
				p.source(), p.status(), plan.urgent().contains(offer), null, note);
	}

	private String amountText(Programme p, Long amount) {
		if (amount == null || p.per() == null) {
			return null;
		}
		return words.word("amount." + p.per().name(), words.number(amount));
	}

	private RuleTable table(String name) {
		return book.programmeTable(name);
	}

	private RuleTable.RowCheck rowCheck(Candidate candidate) {
		for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
			if (o.verdict().table().name().equals(candidate.table())
					&& java.util.Objects.equals(o.member() == null ? null : o.member().id(), candidate.memberId())) {
				for (RuleTable.RowCheck r : o.verdict().matched()) {
					if (r.row().number() == candidate.row()) {
						return r;
					}
				}
			}
		}
		return null;
	}

}
