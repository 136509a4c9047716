package org.siao.households;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.siao.assessment.Assessment;
import org.siao.users.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

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

	/** The household's id, created on first use. */
	long household(HouseholdCode code) {
		Optional<Long> id = idOf(code.toString());
		if (id.isPresent()) {
			return id.get();
		}
		try {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("insert into household (code, province, district, subdistrict, village, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(code.toString(), code.province(), code.district(), code.subdistrict(), code.village(),
						Timestamp.from(Instant.now()))
				.update(key, "id");
			return key.getKey().longValue();
		}
		catch (DuplicateKeyException e) {
			// another request created it a moment ago
			return idOf(code.toString()).orElseThrow();
		}
	}

	private Optional<Long> idOf(String code) {
		return jdbc.sql("select id from household where code = ?").param(code).query(Long.class).optional();
	}

	/**
	 * Stores one visit and its results; a visit of the same household on the same day is replaced
	 * (a corrected survey, or the same file imported twice). Call inside a transaction.
	 */
	long saveVisit(long householdId, LocalDate date, Assessment assessment, int members, byte[] survey,
			List<Stored.Deficit> deficits, List<Stored.Help> help, List<Stored.Deficit> receiving, List<String> open,
			String user) {
		jdbc.sql("delete from visit where household_id = ? and visit_date = ?").params(householdId, date).update();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		var perYear = assessment.totals().perYear();
		jdbc.sql("insert into visit (household_id, visit_date, rules_version, members, survey, per_year_min, "
				+ "per_year_max, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(householdId, date, assessment.rulesVersion(), members, survey, perYear == null ? 0 : perYear.min(),
					perYear == null ? 0 : perYear.max(), user, Timestamp.from(Instant.now()))
			.update(key, "id");
		long visit = key.getKey().longValue();
		batch.batchUpdate("insert into visit_deficit (visit_id, indicator, member) values (?, ?, ?)",
				deficits.stream().map(d -> new Object[] { visit, d.indicator(), d.member() }).toList());
		batch.batchUpdate("insert into visit_help (visit_id, programme, member, amount_min, amount_max, period, urgent) "
				+ "values (?, ?, ?, ?, ?, ?, ?)",
				help.stream()
					.map(h -> new Object[] { visit, h.programme(), h.member(), h.amountMin(), h.amountMax(), h.period(),
							h.urgent() })
					.toList());
		batch.batchUpdate("insert into visit_receiving (visit_id, programme, member) values (?, ?, ?)",
				receiving.stream().map(r -> new Object[] { visit, r.indicator(), r.member() }).toList());
		batch.batchUpdate("insert into visit_open (visit_id, field) values (?, ?)",
				open.stream().map(f -> new Object[] { visit, f }).toList());
		for (Stored.Help h : help) {
			suggest(householdId, h, date, user);
		}
		jdbc.sql("update household set last_visit_id = (select v.id from visit v where v.household_id = household.id "
				+ "order by v.visit_date desc limit 1) where id = ?")
			.param(householdId)
			.update();
		return visit;
	}

	/** A recommended programme becomes a plan item once; its state then belongs to the follow-up. */
	private void suggest(long householdId, Stored.Help help, LocalDate date, String user) {
		boolean exists = jdbc.sql("select count(*) from plan_item where household_id = ? and programme = ? and member = ?")
			.params(householdId, help.programme(), help.member())
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_item (household_id, programme, member, state, state_date, state_by) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(householdId, help.programme(), help.member(), PlanState.SUGGESTED.name(), date, user)
			.update(key, "id");
		event(key.getKey().longValue(), PlanState.SUGGESTED, date, user, null);
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
