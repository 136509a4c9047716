package org.siao.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.siao.catalogue.Catalogue;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.Tri;
import org.siao.rulebook.plan.Offer;

/** Why a programme is recommended, in words the official can read to the family ("อายุ 72 ปี ไม่ได้รับบำนาญจากรัฐ"). */
final class Reasons {

	private final Catalogue catalogue;

	private final Evaluation evaluation;

	private final Wording words;

	private final Explanations explain;

	Reasons(Catalogue catalogue, Evaluation evaluation, Wording words, Explanations explain) {
		this.explain = explain;
		this.catalogue = catalogue;
		this.evaluation = evaluation;
		this.words = words;
	}

	/**
	 * Why, in plain words: the row's conditions as short phrases, and a deficit by its own evidence
	 * with the line it misses ("income per person 22,400 baht/person/year: below 38,000").
	 */
	String of(RuleTable.RowCheck row, Offer offer) {
		if (row == null) {
			return null;
		}
		LinkedHashSet<String> parts = new LinkedHashSet<>();
		for (RuleTable.CellCheck cell : row.cells()) {
			String column = cell.column().name();
			if (cell.state() != Tri.TRUE || column.equals("assessmentDate")) {
				continue;
			}
			if (catalogue.indicator(column).isPresent()) {
				parts.addAll(deficitPhrases(column, offer));
			}
			else {
				parts.add(explain.phrase(cell));
			}
		}
		return parts.isEmpty() ? null : String.join(words.separator(), parts);
	}

	private List<String> deficitPhrases(String indicator, Offer offer) {
		List<String> phrases = new ArrayList<>();
		for (IndicatorOutcome o : evaluation.indicatorOutcomes()) {
			if (o.status() == IndicatorOutcome.Status.FAIL && o.indicator().code().equals(indicator)
					&& offer.because().contains(o.deficitId())) {
				for (RuleTable.RowCheck r : o.rows()) {
					for (RuleTable.CellCheck c : r.cells()) {
						if (c.state() == Tri.TRUE && !c.column().name().equals("assessmentDate")) {
							phrases.add(explain.condition(c).text());
						}
					}
				}
			}
		}
		if (phrases.isEmpty()) {
			phrases.add(words.word("notMet", words.label(indicator)));
		}
		return phrases;
	}

}
