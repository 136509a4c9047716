package org.siao.assessment.print;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessment.Recommendation;
import org.siao.survey.BuddhistEra;
import org.springframework.context.MessageSource;

/**
 * The plan as the printed sheet lays it out, every text already in the family's language: the
 * template only places it. Built for one render, so not shared between threads.
 */
record PlanView(String householdCode, String date, String rulesVersion, List<String> totals, List<Item> items,
		List<Check> checklist, List<Ask> questions) {

	/** One programme to apply for. */
	record Item(int rank, String name, String member, String amount, String reason, String agency,
			String howToApply, List<String> documents, boolean urgent, String urgentReason) {
	}

	/** One document to bring, and the programmes it is for. */
	record Check(String document, String forProgrammes) {
	}

	/** One question still to settle with the family. */
	record Ask(String question, String member) {
	}

	static PlanView of(PlanSheet sheet, MessageSource messages) {
		return new Builder(sheet, messages).build();
	}

	private static final class Builder {

		private final PlanSheet sheet;

		private final MessageSource messages;

		private final Locale locale;

		private final DecimalFormat baht = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));

		Builder(PlanSheet sheet, MessageSource messages) {
			this.sheet = sheet;
			this.messages = messages;
			this.locale = sheet.locale();
		}

		PlanView build() {
			Assessment a = sheet.assessment();
			List<Recommendation> recommendations = a.recommendations() == null ? List.of() : a.recommendations();
			return new PlanView(sheet.householdCode(), BuddhistEra.format(sheet.assessmentDate(), locale),
					a.rulesVersion(), totals(a.totals()), recommendations.stream().map(this::item).toList(),
					checklist(recommendations), questions(a.nextQuestions()));
		}

		private List<String> totals(Assessment.Totals totals) {
			List<String> lines = new ArrayList<>();
			if (totals != null) {
				addTotal(lines, "print.total.perMonth", totals.perMonth());
				addTotal(lines, "print.total.perYear", totals.perYear());
				addTotal(lines, "print.total.oneOff", totals.oneOff());
			}
			return lines;
		}

		private void addTotal(List<String> lines, String key, Assessment.Money money) {
			if (money != null && money.max() > 0) {
				lines.add(word(key, range(money.min(), money.max())));
			}
		}

		private Item item(Recommendation r) {
			return new Item(r.rank(), r.name(), r.member() == null ? null : word("print.member", r.member()), amount(r),
					reason(r), r.agency(), blankToNull(r.howToApply()), documents(r), r.urgent(), blankToNull(r.urgentReason()));
		}

		/** The engine's words for the amount; a range of our own when an open question decides it. */
		private String amount(Recommendation r) {
			if (r.amount() != null && r.amountMax() != null && r.amountMax() > r.amount()) {
				String period = r.period() == null ? "ONCE" : r.period();
				return word("print.amount." + period, range(r.amount(), r.amountMax()));
			}
			if (r.amountText() != null && !r.amountText().isBlank()) {
				return r.amountText();
			}
			return r.amount() == null ? null : word("print.amount." + (r.period() == null ? "ONCE" : r.period()), baht.format(r.amount()));
		}

		private String range(long min, long max) {
			return min == max ? baht.format(min) : baht.format(min) + "–" + baht.format(max);
		}

		/** Why the household qualifies; the matched conditions in words where the engine gave no sentence. */
		private static String reason(Recommendation r) {
			if (r.reason() != null && !r.reason().isBlank()) {
				return r.reason();
			}
			if (r.conditions() == null || r.conditions().isEmpty()) {
				return null;
			}
			return r.conditions().stream().map(Assessment.Condition::text).filter(t -> t != null && !t.isBlank())
				.distinct().collect(Collectors.joining("; "));
		}

		private static List<String> documents(Recommendation r) {
			return r.documents() == null ? List.of()
					: r.documents().stream().filter(d -> d != null && !d.isBlank()).map(String::strip).distinct().toList();
		}

		/** Every document once, in the order first needed, with the programmes that need it. */
		private static List<Check> checklist(List<Recommendation> recommendations) {
			Map<String, List<String>> needs = new LinkedHashMap<>();
			for (Recommendation r : recommendations) {
				for (String document : documents(r)) {
					List<String> names = needs.computeIfAbsent(document, d -> new ArrayList<>());
					if (!names.contains(r.name())) {
						names.add(r.name());
					}
				}
			}
			return needs.entrySet().stream().map(e -> new Check(e.getKey(), String.join(", ", e.getValue()))).toList();
		}

		private static List<Ask> questions(List<Assessment.Question> questions) {
			return questions == null ? List.of()
					: questions.stream().map(q -> new Ask(q.question(), blankToNull(q.memberLabel()))).toList();
		}

		private String word(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text;
		}

	}

}
