package org.siao.summaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siao.areas.Area;
import org.siao.areas.Areas;
import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBooks;

/**
 * Summaries of an area over its households' latest visits, read from the counts kept per village
 * and sub-district ({@link AreaTallies}): a province of a million households adds up a few
 * thousand rows. The villages changed since they were last counted are counted again first, so a
 * summary is never behind the visits kept.
 */
public class AreaSummaries {

	private final Areas areas;

	private final RuleBooks rules;

	private final AreaTallies tallies;

	public AreaSummaries(AreaTallies tallies, Areas areas, RuleBooks rules) {
		this.tallies = tallies;
		this.areas = areas;
		this.rules = rules;
	}

	/** {@code area}: null for the country, or a 2, 4, 6 or 8 digit code. */
	public Summary of(String area, Locale locale) {
		check(area);
		Language language = Language.of(locale);
		Catalogue catalogue = rules.current().catalogue();
		tallies.refresh(area);

		long[] totals = new long[2];
		Map<String, Long> failing = new HashMap<>();
		Map<String, long[]> byProgramme = new HashMap<>();
		Map<String, Long> open = new HashMap<>();
		tallies.read(area, row -> {
			switch (row.kind()) {
				case "T" -> {
					totals[0] = row.households();
					totals[1] = row.amount();
				}
				case "I" -> failing.put(row.item(), row.households());
				case "P" -> {
					long[] c = byProgramme.computeIfAbsent(row.item(), k -> new long[3]);
					c[0] = row.households();
					c[2] = row.amount();
				}
				case "R" -> byProgramme.computeIfAbsent(row.item(), k -> new long[3])[1] = row.households();
				case "O" -> open.put(row.item(), row.households());
				default -> {
					// a kind this version does not show
				}
			}
		});
		long households = totals[0];
		long people = totals[1];

		List<Summary.IndicatorCount> indicators = failing.entrySet().stream()
			.map(e -> new Summary.IndicatorCount(e.getKey(),
					catalogue.indicator(e.getKey()).map(x -> x.name().in(language)).orElse(e.getKey()), e.getValue(),
					households == 0 ? 0 : (double) e.getValue() / households))
			.sorted(Comparator.comparingLong(Summary.IndicatorCount::households).reversed()
				.thenComparing(Summary.IndicatorCount::indicator))
			.toList();

		List<Summary.ProgrammeCount> programmes = new ArrayList<>();
		byProgramme.forEach((code, c) -> programmes.add(new Summary.ProgrammeCount(code,
				catalogue.programme(code).map(p -> p.name().in(language)).orElse(code), c[0], c[1], c[2])));
		programmes.sort(Comparator.comparingLong(Summary.ProgrammeCount::eligible).reversed()
			.thenComparing(Summary.ProgrammeCount::programme));

		// a question counted per member's index in each village may add up past the households
		List<Summary.OpenCount> questions = open.entrySet().stream()
			.map(e -> new Summary.OpenCount(e.getKey(), Math.min(e.getValue(), households)))
			.sorted(Comparator.comparingLong(Summary.OpenCount::households).reversed().thenComparing(Summary.OpenCount::field))
			.limit(10)
			.toList();

		return new Summary(area, households, people, indicators, programmes, questions, children(area, locale));
	}

	private List<Summary.Child> children(String area, Locale locale) {
		if (area != null && area.length() == 8) {
			return List.of();
		}
		List<Summary.Child> children = new ArrayList<>();
		tallies.children(area).forEach((code, n) -> children.add(
				new Summary.Child(code, areas.find(code).map(a -> a.name(locale)).orElse(code), n)));
		return children;
	}

	/** The area's name, or its code when it has none (villages are known by code). */
	public String name(String area, Locale locale) {
		return area == null ? null : areas.find(area).map((Area a) -> a.name(locale)).orElse(area);
	}

	private static void check(String area) {
		if (area != null && !area.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}")) {
			throw new IllegalArgumentException("an area code has 2, 4, 6 or 8 digits");
		}
	}

}
