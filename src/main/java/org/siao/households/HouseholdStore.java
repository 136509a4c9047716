package org.siao.households;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.siao.users.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Households, their visits and plan items in the database, by {@link JdbcClient}. Every read that
 * an official can reach takes a {@link Scope}: a household outside it is simply not found.
 */
public class HouseholdStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	public HouseholdStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Rows a single statement may list in {@code in (...)}: well under every driver's limit. */
	private static final int IN_LIMIT = 1000;

	/**
	 * Stores visits and their results in a few batched statements, whatever their number: the
	 * households are created on first use, a visit of the same household on the same day is
	 * replaced (a corrected survey, or the same file imported twice; within the list the later one
	 * wins), each recommended programme becomes a plan item once, and each household's latest
	 * visit is brought up to date. Returns the visit ids in the order given. Call inside a
	 * transaction: the batch is stored whole or not at all.
	 */
	long[] saveVisits(List<Stored.NewVisit> visits, String user) {
		if (visits.isEmpty()) {
			return new long[0];
		}
		Timestamp now = Timestamp.from(Instant.now());
		Map<String, HouseholdCode> codes = new LinkedHashMap<>();
		visits.forEach(v -> codes.putIfAbsent(v.code().toString(), v.code()));
		Map<String, Long> ids = idsOf(codes.keySet());
		Set<Long> existing = new HashSet<>(ids.values());
		List<HouseholdCode> missing = codes.values().stream().filter(c -> !ids.containsKey(c.toString())).toList();
		if (!missing.isEmpty()) {
			batch.batchUpdate("insert into household (code, province, district, subdistrict, village, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)",
					missing.stream()
						.map(c -> new Object[] { c.toString(), c.province(), c.district(), c.subdistrict(), c.village(), now })
						.toList(),
					new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP });
			ids.putAll(idsOf(missing.stream().map(HouseholdCode::toString).toList()));
		}

		// one visit per household and day: the last of the list, as if they had been kept one after the other
		Map<DayKey, Stored.NewVisit> byDay = new LinkedHashMap<>();
		for (Stored.NewVisit v : visits) {
			DayKey key = new DayKey(ids.get(v.code().toString()), v.date());
			byDay.remove(key);
			byDay.put(key, v);
		}
		List<DayKey> replaced = byDay.keySet().stream().filter(k -> existing.contains(k.household())).toList();
		if (!replaced.isEmpty()) {
			batch.batchUpdate("delete from visit where household_id = ? and visit_date = ?",
					replaced.stream().map(k -> new Object[] { k.household(), k.date() }).toList(),
					new int[] { Types.BIGINT, Types.DATE });
		}
		batch.batchUpdate("insert into visit (household_id, visit_date, rules_version, members, survey, per_year_min, "
				+ "per_year_max, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				byDay.entrySet().stream().map(e -> {
					Stored.NewVisit v = e.getValue();
					return new Object[] { e.getKey().household(), v.date(), v.rulesVersion(), v.members(), v.survey(),
							v.perYearMin(), v.perYearMax(), user, now };
				}).toList(),
				new int[] { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.INTEGER, Types.BINARY, Types.BIGINT,
						Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP });
		Set<Long> households = byDay.keySet().stream().map(DayKey::household).collect(Collectors.toCollection(LinkedHashSet::new));
		Map<DayKey, Long> visitIds = new HashMap<>();
		inChunks(households, part -> jdbc.sql("select id, household_id, visit_date from visit where household_id in (:ids)")
			.param("ids", part)
			.query(rs -> {
				visitIds.put(new DayKey(rs.getLong(2), rs.getObject(3, LocalDate.class)), rs.getLong(1));
			}));

		List<Object[]> deficits = new ArrayList<>();
		List<Object[]> help = new ArrayList<>();
		List<Object[]> receiving = new ArrayList<>();
		List<Object[]> open = new ArrayList<>();
		byDay.forEach((key, v) -> {
			long visit = visitIds.get(key);
			v.deficits().forEach(d -> deficits.add(new Object[] { visit, d.indicator(), d.member() }));
			v.help().forEach(h -> help.add(new Object[] { visit, h.programme(), h.member(), h.amountMin(), h.amountMax(),
					h.period(), h.urgent() }));
			v.receiving().forEach(r -> receiving.add(new Object[] { visit, r.indicator(), r.member() }));
			v.open().forEach(f -> open.add(new Object[] { visit, f }));
		});
		int[] row = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR };
		batch.batchUpdate("insert into visit_deficit (visit_id, indicator, member) values (?, ?, ?)", deficits, row);
		batch.batchUpdate("insert into visit_help (visit_id, programme, member, amount_min, amount_max, period, urgent) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", help, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
						Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BOOLEAN });
		batch.batchUpdate("insert into visit_receiving (visit_id, programme, member) values (?, ?, ?)", receiving, row);
		batch.batchUpdate("insert into visit_open (visit_id, field) values (?, ?)", open,
				new int[] { Types.BIGINT, Types.VARCHAR });

		suggest(byDay, existing, user, now);

		batch.batchUpdate("update household set last_visit_id = (select v.id from visit v where v.household_id = household.id "
				+ "order by v.visit_date desc limit 1) where id = ?",
				households.stream().map(h -> new Object[] { h }).toList(), new int[] { Types.BIGINT });
		// the area summaries count these villages again before they are next read
		batch.batchUpdate("insert into tally_dirty (village) values (?)",
				codes.values().stream().map(HouseholdCode::village).distinct().map(v -> new Object[] { v }).toList(),
				new int[] { Types.VARCHAR });
		return visits.stream().mapToLong(v -> visitIds.get(new DayKey(ids.get(v.code().toString()), v.date()))).toArray();
	}

	/** A household's visit on a day: at most one is kept. */
	private record DayKey(long household, LocalDate date) {
	}

	/** A programme recommended to a household or member, as a plan item's key. */
	private record ItemKey(long household, String programme, String member) {
	}

	/** A recommended programme becomes a plan item once; its state then belongs to the follow-up. */
	private void suggest(Map<DayKey, Stored.NewVisit> byDay, Set<Long> existing, String user, Timestamp now) {
		Set<ItemKey> known = new HashSet<>();
		List<Long> before = byDay.keySet().stream().map(DayKey::household).filter(existing::contains).distinct().toList();
		inChunks(before, part -> jdbc.sql("select household_id, programme, member from plan_item where household_id in (:ids)")
			.param("ids", part)
			.query(rs -> {
				known.add(new ItemKey(rs.getLong(1), rs.getString(2), rs.getString(3)));
			}));
		Map<ItemKey, LocalDate> added = new LinkedHashMap<>();
		byDay.forEach((key, v) -> v.help().forEach(h -> {
			ItemKey item = new ItemKey(key.household(), h.programme(), h.member());
			if (!known.contains(item)) {
				added.putIfAbsent(item, key.date());
			}
		}));
		if (added.isEmpty()) {
			return;
		}
		batch.batchUpdate("insert into plan_item (household_id, programme, member, state, state_date, state_by) "
				+ "values (?, ?, ?, ?, ?, ?)",
				added.entrySet().stream().map(e -> new Object[] { e.getKey().household(), e.getKey().programme(),
						e.getKey().member(), PlanState.SUGGESTED.name(), e.getValue(), user }).toList(),
				new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR });
		// each new item's first event, written by the database from the items themselves: an item
		// without events is one just added (every item is added with its event), so no ids travel
		// back and forth
		inChunks(added.keySet().stream().map(ItemKey::household).distinct().toList(),
				part -> jdbc.sql("insert into plan_item_event (item_id, state, on_date, by_user, note, recorded_at) "
						+ "select i.id, i.state, i.state_date, i.state_by, null, :now from plan_item i "
						+ "where i.household_id in (:ids) and not exists "
						+ "(select 1 from plan_item_event e where e.item_id = i.id)")
					.param("now", now)
					.param("ids", part)
					.update());
	}

	private Map<String, Long> idsOf(Collection<String> codes) {
		Map<String, Long> ids = new HashMap<>();
		inChunks(codes, part -> jdbc.sql("select id, code from household where code in (:codes)")
			.param("codes", part)
			.query(rs -> {
				ids.put(rs.getString(2), rs.getLong(1));
			}));
		return ids;
	}

	private static <T> void inChunks(Collection<T> values, Consumer<List<T>> each) {
		List<T> list = List.copyOf(values);
		for (int from = 0; from < list.size(); from += IN_LIMIT) {
			each.accept(list.subList(from, Math.min(list.size(), from + IN_LIMIT)));
		}
	}

	private void event(long item, PlanState state, LocalDate date, String user, String note) {
		jdbc.sql("insert into plan_item_event (item_id, state, on_date, by_user, note, recorded_at) values (?, ?, ?, ?, ?, ?)")
			.params(item, state.name(), date, user, note, Timestamp.from(Instant.now()))
			.update();
	}

	/** Moves a plan item of this household to a new state; false when the item is not the household's. */
	boolean changeItem(long householdId, long itemId, PlanState state, LocalDate date, String user, String note) {
		int changed = jdbc.sql("update plan_item set state = ?, state_date = ?, state_by = ?, note = ? "
				+ "where id = ? and household_id = ?")
			.params(state.name(), date, user, note, itemId, householdId)
			.update();
		if (changed == 0) {
			return false;
		}
		event(itemId, state, date, user, note);
		return true;
	}

	Optional<Stored.Household> find(String code, Scope scope) {
		return jdbc.sql(householdSelect(scope) + " and h.code = :code group by h.id, h.code, h.village")
			.param("code", code)
			.params(scopeParams(scope))
			.query(Stored.Household.class)
			.optional();
	}

	List<Stored.Household> list(Scope scope, int limit) {
		return jdbc.sql(householdSelect(scope) + " group by h.id, h.code, h.village order by h.code limit " + limit)
			.params(scopeParams(scope))
			.query(Stored.Household.class)
			.list();
	}

	/** Households whose last visit is on or before {@code before}, the longest waiting first. */
	List<Stored.Household> due(Scope scope, LocalDate before, int limit) {
		return jdbc.sql(householdSelect(scope) + " group by h.id, h.code, h.village "
				+ "having max(v.visit_date) <= :before order by max(v.visit_date), h.code limit " + limit)
			.params(scopeParams(scope))
			.param("before", before)
			.query(Stored.Household.class)
			.list();
	}

	List<Stored.LateItem> late(Scope scope, LocalDate appliedBefore, int limit) {
		return jdbc.sql("select h.code as household, i.programme, i.member, i.state_date as since from plan_item i "
				+ "join household h on h.id = i.household_id where " + scope.condition()
				+ " and i.state = 'APPLIED' and i.state_date <= :before order by i.state_date, h.code limit " + limit)
			.params(scopeParams(scope))
			.param("before", appliedBefore)
			.query(Stored.LateItem.class)
			.list();
	}

	List<Stored.Visit> visits(long householdId) {
		return jdbc.sql("select id, visit_date, rules_version, members, per_year_min, per_year_max, recorded_by "
				+ "from visit where household_id = ? order by visit_date")
			.param(householdId)
			.query(Stored.Visit.class)
			.list();
	}

	byte[] survey(long visitId) {
		return jdbc.sql("select survey from visit where id = ?").param(visitId).query(byte[].class).single();
	}

	List<Stored.Deficit> deficits(long visitId) {
		return jdbc.sql("select indicator, member from visit_deficit where visit_id = ? order by indicator, member")
			.param(visitId)
			.query(Stored.Deficit.class)
			.list();
	}

	List<Stored.Help> help(long visitId) {
		return jdbc.sql("select programme, member, amount_min, amount_max, period, urgent from visit_help "
				+ "where visit_id = ? order by programme, member")
			.param(visitId)
			.query(Stored.Help.class)
			.list();
	}

	List<Stored.Deficit> receiving(long visitId) {
		return jdbc.sql("select programme as indicator, member from visit_receiving where visit_id = ?")
			.param(visitId)
			.query(Stored.Deficit.class)
			.list();
	}

	List<String> open(long visitId) {
		return jdbc.sql("select field from visit_open where visit_id = ? order by field")
			.param(visitId)
			.query(String.class)
			.list();
	}

	List<Stored.Item> items(long householdId) {
		return jdbc.sql("select id, programme, member, state, state_date, state_by, note from plan_item "
				+ "where household_id = ? order by programme, member")
			.param(householdId)
			.query(Stored.Item.class)
			.list();
	}

	List<Stored.Event> events(long householdId) {
		return jdbc.sql("select e.item_id, i.programme, i.member, e.state, e.on_date, e.by_user, e.note "
				+ "from plan_item_event e join plan_item i on i.id = e.item_id where i.household_id = ? "
				+ "order by e.on_date, e.id")
			.param(householdId)
			.query((rs, n) -> new Stored.Event(rs.getLong(1), rs.getString(2), rs.getString(3),
					PlanState.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getString(7)))
			.list();
	}

	/** The latest visit of each household in the scope, in code order, one row at a time. */
	void forEachLatest(Scope scope, Consumer<Latest> each) {
		jdbc.sql("select h.code, v.visit_date, v.rules_version, v.survey from household h join visit v on v.household_id = h.id "
				+ "where " + scope.condition() + " and v.visit_date = (select max(w.visit_date) from visit w "
				+ "where w.household_id = h.id) order by h.code")
			.params(scopeParams(scope))
			.query(rs -> {
				each.accept(new Latest(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getBytes(4)));
			});
	}

	long count(Scope scope) {
		return jdbc.sql("select count(*) from household h where " + scope.condition())
			.params(scopeParams(scope))
			.query(Long.class)
			.single();
	}

	record Latest(String code, LocalDate date, String rulesVersion, byte[] survey) {
	}

	/**
	 * Each household of the scope with the results of its latest visit, in code order, read
	 * {@code page} households at a time (by code, after the last one read): constant memory
	 * whatever the area's size, the same on every database, no cursor held open between pages.
	 */
	void forEachResult(Scope scope, int page, Consumer<Stored.Result> each) {
		String after = "";
		while (true) {
			List<Stored.Result> rows = jdbc.sql("select h.id, h.code, h.village, v.id, v.visit_date, v.rules_version, "
					+ "v.members, v.per_year_min, v.per_year_max from household h join visit v on v.id = h.last_visit_id "
					+ "where " + scope.condition() + " and h.code > :after order by h.code limit " + page)
				.params(scopeParams(scope))
				.param("after", after)
				.query((rs, n) -> new Stored.Result(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getLong(9),
						new ArrayList<>(), new ArrayList<>(), new int[1]))
				.list();
			if (rows.isEmpty()) {
				return;
			}
			Map<Long, Stored.Result> byVisit = new HashMap<>();
			Map<Long, Stored.Result> byHousehold = new HashMap<>();
			rows.forEach(r -> {
				byVisit.put(r.visitId(), r);
				byHousehold.put(r.householdId(), r);
			});
			jdbc.sql("select visit_id, indicator, member from visit_deficit where visit_id in (:ids) "
					+ "order by visit_id, indicator, member")
				.param("ids", byVisit.keySet())
				.query(rs -> {
					byVisit.get(rs.getLong(1)).deficits().add(key(rs.getString(2), rs.getString(3)));
				});
			jdbc.sql("select visit_id, programme, member from visit_help where visit_id in (:ids) "
					+ "order by visit_id, programme, member")
				.param("ids", byVisit.keySet())
				.query(rs -> {
					byVisit.get(rs.getLong(1)).help().add(key(rs.getString(2), rs.getString(3)));
				});
			jdbc.sql("select household_id, count(*) from plan_item where household_id in (:ids) "
					+ "and state in ('SUGGESTED', 'APPLIED') group by household_id")
				.param("ids", byHousehold.keySet())
				.query(rs -> {
					byHousehold.get(rs.getLong(1)).openItems()[0] = rs.getInt(2);
				});
			rows.forEach(each);
			if (rows.size() < page) {
				return;
			}
			after = rows.get(rows.size() - 1).code();
		}
	}

	private static String key(String code, String member) {
		return member.isEmpty() ? code : code + "@" + member;
	}

	private static String householdSelect(Scope scope) {
		return "select h.id, h.code, h.village, max(v.visit_date) as last_visit, count(distinct v.id) as visits, "
				+ "(select count(*) from plan_item i where i.household_id = h.id and i.state in ('SUGGESTED', 'APPLIED')) "
				+ "as open_items from household h left join visit v on v.household_id = h.id where " + scope.condition();
	}

	private static java.util.Map<String, Object> scopeParams(Scope scope) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (scope.area() != null) {
			params.put("area", scope.area());
		}
		return params;
	}

}
