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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Summaries of an area computed in the database, each a grouped count over the households'
 * latest visits ({@code household.last_visit_id}), so a province of a million households is a
 * few index-backed aggregates rather than a walk through them.
 */
public class AreaSummaries {

	private final JdbcClient jdbc;

	private final Areas areas;

	private final RuleBooks rules;

	public AreaSummaries(JdbcClient jdbc, Areas areas, RuleBooks rules) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.rules = rules;
	}

	/** {@code area}: null for the country, or a 2, 4, 6 or 8 digit code. */
	public Summary of(String area, Locale locale) {
		String where = condition(area);
		Map<String, Object> params = area == null ? Map.of() : Map.of("area", area);
		Language language = Language.of(locale);
		Catalogue catalogue = rules.current().catalogue();

		Map<String, Object> totals = jdbc.sql("select count(*) as households, coalesce(sum(v.members), 0) as people "
				+ "from household h join visit v on v.id = h.last_visit_id where " + where)
			.params(params).query().singleRow();
		long households = ((Number) totals.get("households")).longValue();
		long people = ((Number) totals.get("people")).longValue();

		List<Summary.IndicatorCount> indicators = jdbc.sql("select d.indicator, count(distinct h.id) as n from household h "
				+ "join visit_deficit d on d.visit_id = h.last_visit_id where " + where + " group by d.indicator")
			.params(params)
			.query((rs, i) -> {
				String code = rs.getString(1);
				long n = rs.getLong(2);
				return new Summary.IndicatorCount(code,
						catalogue.indicator(code).map(x -> x.name().in(language)).orElse(code), n,
						households == 0 ? 0 : (double) n / households);
			})
			.list()
			.stream()
			.sorted(Comparator.comparingLong(Summary.IndicatorCount::households).reversed()
				.thenComparing(Summary.IndicatorCount::indicator))
			.toList();

		Map<String, long[]> byProgramme = new HashMap<>();
		jdbc.sql("select p.programme, count(*), coalesce(sum(case when p.period = 'MONTH' then 12 * p.amount_min "
				+ "when p.period = 'YEAR' then p.amount_min else 0 end), 0) from household h "
				+ "join visit_help p on p.visit_id = h.last_visit_id where " + where + " group by p.programme")
			.params(params)
			.query(rs -> {
				long[] c = byProgramme.computeIfAbsent(rs.getString(1), k -> new long[3]);
				c[0] = rs.getLong(2);
				c[2] = rs.getLong(3);
			});
		jdbc.sql("select r.programme, count(*) from household h join visit_receiving r on r.visit_id = h.last_visit_id "
				+ "where " + where + " group by r.programme")
			.params(params)
			.query(rs -> {
				byProgramme.computeIfAbsent(rs.getString(1), k -> new long[3])[1] = rs.getLong(2);
			});
		List<Summary.ProgrammeCount> programmes = new ArrayList<>();
		byProgramme.forEach((code, c) -> programmes.add(new Summary.ProgrammeCount(code,
				catalogue.programme(code).map(p -> p.name().in(language)).orElse(code), c[0], c[1], c[2])));
		programmes.sort(Comparator.comparingLong(Summary.ProgrammeCount::eligible).reversed()
			.thenComparing(Summary.ProgrammeCount::programme));

		// members[2].sso40 and members[0].sso40 are the same question: counted once per household
		Map<String, Long> open = new HashMap<>();
		jdbc.sql("select o.field, count(distinct h.id) from household h join visit_open o on o.visit_id = h.last_visit_id "
				+ "where " + where + " group by o.field")
			.params(params)
			.query(rs -> {
				open.merge(rs.getString(1).replaceAll("\\[\\d+]", "[]"), rs.getLong(2), Long::sum);
			});
		List<Summary.OpenCount> questions = open.entrySet().stream()
			.map(e -> new Summary.OpenCount(e.getKey(), Math.min(e.getValue(), households)))
			.sorted(Comparator.comparingLong(Summary.OpenCount::households).reversed().thenComparing(Summary.OpenCount::field))
			.limit(10)
			.toList();

		return new Summary(area, households, people, indicators, programmes, questions, children(area, where, params, locale));
	}

	private List<Summary.Child> children(String area, String where, Map<String, Object> params, Locale locale) {
		if (area != null && area.length() == 8) {
			return List.of();
		}
		String column = area == null ? "province" : switch (area.length()) {
			case 2 -> "district";
			case 4 -> "subdistrict";
			default -> "village";
		};
		return jdbc.sql("select h." + column + ", count(*) from household h where h.last_visit_id is not null and " + where
				+ " group by h." + column + " order by h." + column)
			.params(params)
			.query((rs, i) -> {
				String code = rs.getString(1);
				String name = areas.find(code).map(a -> a.name(locale)).orElse(code);
				return new Summary.Child(code, name, rs.getLong(2));
			})
			.list();
	}

	/** The area's name, or its code when it has none (villages are known by code). */
	public String name(String area, Locale locale) {
		return area == null ? null : areas.find(area).map((Area a) -> a.name(locale)).orElse(area);
	}

	static String condition(String area) {
		if (area == null) {
			return "1=1";
		}
		return switch (area.length()) {
			case 2 -> "h.province = :area";
			case 4 -> "h.district = :area";
			case 6 -> "h.subdistrict = :area";
			case 8 -> "h.village = :area";
			default -> throw new IllegalArgumentException("an area code has 2, 4, 6 or 8 digits");
		};
	}

}
