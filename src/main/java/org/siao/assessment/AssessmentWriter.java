package org.siao.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.siao.catalogue.Dimension;
import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.plan.Candidate;
import org.siao.rulebook.plan.Offer;
import org.siao.rulebook.plan.Capped;
import org.siao.rulebook.plan.Superseded;
import org.siao.survey.Survey;

/** Step 4: joins the results with the catalogue and puts them into words, in one language. */
final class AssessmentWriter {

	private final RuleBook book;

	private final Survey survey;

	private final Evaluation evaluation;

	private final PlanStep.Planned plan;

	private final Wording words;

	private final OpenQuestions questions;

	private final Explanations explain;

	private final NotOffered notOffered;

	private final Map<ProgrammeOutcome, OpenAmounts.Standing> standing;

	private final Urgency urgency;

	private final Reasons reasons;

	AssessmentWriter(RuleBook book, Survey survey, Evaluation evaluation, PlanStep.Planned plan,
			Map<ProgrammeOutcome, OpenAmounts.Standing> standing, Wording words) {
		this.book = book;
		this.survey = survey;
		this.evaluation = evaluation;
		this.plan = plan;
		this.standing = standing;
		this.words = words;
		this.questions = new OpenQuestions(evaluation);
		this.explain = new Explanations(words);
		this.notOffered = new NotOffered(book, evaluation, plan.result(), words, explain, questions, new Receipts(survey));
		this.urgency = new Urgency(book.catalogue(), plan.result(), words);
		this.reasons = new Reasons(book.catalogue(), evaluation, words, explain);
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
		List<Assessment.Deficit> out = new ArrayList<>();
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			if (o.status() != IndicatorOutcome.Status.FAIL) {
				continue;
			}
			// the evidence: every condition of the rows that decided, each once
			List<Assessment.Condition> evidence = new ArrayList<>();
			for (RuleTable.RowCheck r : o.rows()) {
				for (Assessment.Condition c : explain.conditions(r)) {
					if (!evidence.contains(c)) {
						evidence.add(c);
					}
				}
			}
			out.add(new Assessment.Deficit(o.deficitId(), o.indicator().code(), o.indicator().name().in(words.language()),
					o.indicator().dimension().name(), o.member() == null ? null : o.member().id(),
					java.util.Collections.unmodifiableList(evidence), explain.cite(o.verdict().table(), o.decided().row())));
		}
		return java.util.Collections.unmodifiableList(out);
	}

	private List<Assessment.Recommendation> recommendations() {
		List<Offer> offers = plan.result().offers();
		List<Superseded> superseded = plan.result().superseded();
		// an offer in the plan's order with what ranks it, each worked out once, not per comparison
		List<Ranked> ranked = new ArrayList<>(offers.size());
		for (Offer offer : offers) {
			if (!isSuperseded(offer, superseded)) {
				ranked.add(new Ranked(offer, urgency.urgent(offer), memberOrder(offer.beneficiary())));
			}
		}
		ranked.sort(Comparator.comparing((Ranked r) -> !r.urgent())
			.thenComparingInt(r -> r.offer().priority())
			.thenComparingInt(Ranked::memberOrder)
			.thenComparing(r -> r.offer().programme()));
		List<Assessment.Recommendation> out = new ArrayList<>(ranked.size());
		for (Ranked r : ranked) {
			out.add(recommendation(out.size() + 1, r.offer(), r.urgent()));
		}
		return out;
	}

	/** An offer and what ranks it: urgent help first, then the catalogue's priority, then the member's place. */
	private record Ranked(Offer offer, boolean urgent, int memberOrder) {
	}

	private static boolean isSuperseded(Offer offer, List<Superseded> superseded) {
		for (Superseded s : superseded) {
			if (s.offer().equals(offer)) {
				return true;
			}
		}
		return false;
	}

	/** The member's place in the household, -1 for help to the household as a whole. */
	private int memberOrder(String beneficiary) {
		for (org.siao.survey.Profile.MemberFacts m : evaluation.profile().members()) {
			if (m.id().equals(beneficiary)) {
				return m.index();
			}
		}
		return -1;
	}

	private Assessment.Recommendation recommendation(int rank, Offer offer, boolean urgent) {
		Programme p = book.catalogue().programme(offer.programme()).orElseThrow();
		List<Candidate> candidates = offer.candidates();
		Candidate first = candidates.get(0);
		ProgrammeOutcome firstOutcome = plan.outcome(first);
		RuleTable.RowCheck row = rowCheck(firstOutcome, first.row());
		String member = Candidate.HOUSEHOLD.equals(offer.beneficiary()) ? null : offer.beneficiary();
		String note = null;
		for (Capped c : plan.result().capped()) {
			if (c.programme().equals(p.code())) {
				note = words.word("capped", words.number(c.cap()), words.number(c.total()));
				break;
			}
		}
		Long least = offer.amount();
		Long most = least;
		List<Assessment.RuleRef> rules = new ArrayList<>(candidates.size());
		List<String> rowSources = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			ProgrammeOutcome outcome = plan.outcome(c);
			OpenAmounts.Standing s = standing.get(outcome);
			if (s != null && s.most() != null && (most == null || s.most() > most)) {
				most = s.most();
			}
			if (s != null && s.open()) {
				// the programme stands; what is left to ask is how much it pays
				questions.fieldsOf(s.deciding(), outcome.member(), MoneyTotals.perYear(p, s.most())
						- MoneyTotals.perYear(p, s.least()), urgent);
			}
			RuleTable table = outcome.verdict().table();
			RuleTable.Row candidateRow = table.rows().get(c.row() - 1);
			Assessment.RuleRef ref = explain.cite(table, candidateRow);
			if (!rules.contains(ref)) {
				rules.add(ref);
			}
			rowSources.add(candidateRow.source());
		}
		return new Assessment.Recommendation(rank, p.code(), p.name().in(words.language()), p.kind().name(),
				p.agency().in(words.language()), member, least, most, MoneyTotals.period(p, least),
				amountText(p, least, most), reasons.of(row, offer), p.apply() == null ? null : p.apply().in(words.language()),
				p.benefit().in(words.language()), documents(p, firstOutcome.member()), offer.because(),
				row == null ? List.of() : explain.conditions(row), java.util.Collections.unmodifiableList(rules),
				p.source(), SourceStatus.of(p.status(), rowSources),
				urgent, urgent ? urgency.reason(offer) : null, note);
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
	private List<String> documents(Programme p, org.siao.survey.Profile.MemberFacts facts) {
		List<String> out = new ArrayList<>(p.documents().size());
		for (var d : p.documents()) {
			if (d.onlyIf() == null || facts == null || !Boolean.FALSE.equals(facts.facts().get(d.onlyIf()))) {
				out.add(d.in(words.language()));
			}
		}
		return java.util.Collections.unmodifiableList(out);
	}

	/** The row of a candidate: among the rows its table matched, else among those still open. */
	private static RuleTable.RowCheck rowCheck(ProgrammeOutcome outcome, int number) {
		for (RuleTable.RowCheck r : outcome.verdict().matched()) {
			if (r.row().number() == number) {
				return r;
			}
		}
		for (RuleTable.RowCheck r : outcome.verdict().pending()) {
			if (r.row().number() == number) {
				return r;
			}
		}
		return null;
	}

}
