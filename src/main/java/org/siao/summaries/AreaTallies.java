package org.siao.summaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts summaries are read from, per village and per sub-district, counted again for the
 * villages marked as changed ({@code tally_dirty}, written with the visits). Counting a village
 * again reads only its own households, so keeping a visit costs a summary reader a few
 * milliseconds, and an import of a million households a few grouped queries at its end.
 */
public class AreaTallies {

	/** Villages counted in one transaction. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	AreaTallies(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = transaction;
	}

	/** Counts again the changed villages inside the area (2, 4, 6 or 8 digits; null for all). */
	public void refresh(String area) {
		List<String> villages = jdbc.sql("select distinct village from tally_dirty"
				+ (area == null ? "" : " where village like :prefix") + " order by village")
			.params(area == null ? Map.of() : Map.of("prefix", area + "%"))
			.query(String.class)
			.list();
		for (int from = 0; from < villages.size(); from += CHUNK) {
			List<String> chunk = villages.subList(from, Math.min(villages.size(), from + CHUNK));
			try {
				transaction.executeWithoutResult(status -> count(chunk));
			}
			catch (DuplicateKeyException e) {
				// another reader counted the same villages at the same moment: theirs stand
			}
		}
	}

	private void count(List<String> villages) {
		// the marks go first: a visit kept meanwhile marks its village again, for the next count
		jdbc.sql("delete from tally_dirty where village in (:v)").param("v", villages).update();
		jdbc.sql("delete from village_tally where village in (:v)").param("v", villages).update();
		String into = "insert into village_tally (village, subdistrict, district, province, kind, item, households, amount) ";
		String keys = "h.village, h.subdistrict, h.district, h.province";
		insert(into + "select " + keys + ", 'T', '', count(*), coalesce(sum(v.members), 0) from household h "
				+ "join visit v on v.id = h.last_visit_id where h.village in (:v) group by " + keys, villages);
		insert(into + "select " + keys + ", 'I', d.indicator, count(distinct h.id), 0 from household h "
				+ "join visit_deficit d on d.visit_id = h.last_visit_id where h.village in (:v) group by " + keys
				+ ", d.indicator", villages);
		insert(into + "select " + keys + ", 'P', p.programme, count(*), coalesce(sum(case when p.period = 'MONTH' "
				+ "then 12 * p.amount_min when p.period = 'YEAR' then p.amount_min else 0 end), 0) from household h "
				+ "join visit_help p on p.visit_id = h.last_visit_id where h.village in (:v) group by " + keys
				+ ", p.programme", villages);
		insert(into + "select " + keys + ", 'R', r.programme, count(*), 0 from household h "
				+ "join visit_receiving r on r.visit_id = h.last_visit_id where h.village in (:v) group by " + keys
				+ ", r.programme", villages);
		// members[2].sso40 and members[0].sso40 are one question: merged here, where SQL would need a
		// regular expression each database writes its own way
		Map<List<String>, long[]> open = new HashMap<>();
		jdbc.sql("select h.village, o.field, count(distinct h.id) from household h "
				+ "join visit_open o on o.visit_id = h.last_visit_id where h.village in (:v) group by h.village, o.field")
			.param("v", villages)
			.query(rs -> {
				String field = rs.getString(2).replaceAll("\\[\\d+]", "[]");
				open.computeIfAbsent(List.of(rs.getString(1), field.length() > 80 ? field.substring(0, 80) : field),
						k -> new long[1])[0] += rs.getLong(3);
			});
		List<Object[]> rows = new ArrayList<>();
		open.forEach((key, n) -> {
			String village = key.get(0);
			rows.add(new Object[] { village, village.substring(0, 6), village.substring(0, 4), village.substring(0, 2),
					key.get(1), n[0] });
		});
		batch.batchUpdate(into + "values (?, ?, ?, ?, 'O', ?, ?, 0)", rows);

		List<String> subdistricts = villages.stream().map(v -> v.substring(0, 6)).distinct().toList();
		jdbc.sql("delete from subdistrict_tally where subdistrict in (:s)").param("s", subdistricts).update();
		jdbc.sql("insert into subdistrict_tally (subdistrict, district, province, kind, item, households, amount) "
				+ "select subdistrict, district, province, kind, item, sum(households), sum(amount) from village_tally "
				+ "where subdistrict in (:s) group by subdistrict, district, province, kind, item")
			.param("s", subdistricts)
			.update();
	}

	private void insert(String sql, List<String> villages) {
		jdbc.sql(sql).param("v", villages).update();
	}

	/** One summed row of an area's tally. */
	record Row(String kind, String item, long households, long amount) {
	}

	/** The area's rows summed by kind and item: from the villages' tally for a village, the sub-districts' otherwise. */
	void read(String area, Consumer<Row> each) {
		String sql = "select kind, item, sum(households), sum(amount) from "
				+ (area != null && area.length() == 8 ? "village_tally" : "subdistrict_tally") + " where "
				+ condition(area) + " group by kind, item";
		jdbc.sql(sql)
			.params(area == null ? Map.of() : Map.of("area", area))
			.query(rs -> {
				each.accept(new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
			});
	}

	/** Households of each area one level down, by code. */
	Map<String, Long> children(String area) {
		String column = area == null ? "province" : switch (area.length()) {
			case 2 -> "district";
			case 4 -> "subdistrict";
			default -> "village";
		};
		String table = column.equals("village") ? "village_tally" : "subdistrict_tally";
		Map<String, Long> children = new java.util.TreeMap<>();
		jdbc.sql("select " + column + ", sum(households) from " + table + " where kind = 'T' and " + condition(area)
				+ " group by " + column)
			.params(area == null ? Map.of() : Map.of("area", area))
			.query(rs -> {
				children.put(rs.getString(1), rs.getLong(2));
			});
		return children;
	}

	private static String condition(String area) {
		if (area == null) {
			return "1=1";
		}
		return switch (area.length()) {
			case 2 -> "province = :area";
			case 4 -> "district = :area";
			case 6 -> "subdistrict = :area";
			case 8 -> "village = :area";
			default -> throw new IllegalArgumentException("an area code has 2, 4, 6 or 8 digits");
		};
	}

}
