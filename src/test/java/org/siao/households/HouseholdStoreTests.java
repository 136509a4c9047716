package org.siao.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The schema and the household store, on H2 and on PostgreSQL alike. */
class HouseholdStoreTests {

	private static final SurveyCodec CODEC = new SurveyCodec(JsonMapper.builder().build());

	static Survey survey(String village, LocalDate date, int members) {
		StringBuilder json = new StringBuilder("{\"assessmentDate\":\"" + date + "\",\"location\":{\"province\":\""
				+ village.substring(0, 2) + "\",\"district\":\"" + village.substring(0, 4) + "\",\"subdistrict\":\""
				+ village.substring(0, 6) + "\",\"village\":\"" + village + "\"},\"income\":{\"mainOccupation\":36000},"
				+ "\"receives\":[\"WATER\"],\"members\":[");
		for (int i = 1; i <= members; i++) {
			json.append(i > 1 ? "," : "")
				.append("{\"id\":\"m").append(i).append("\",\"relation\":\"").append(i == 1 ? "HEAD" : "CHILD")
				.append("\",\"ageYears\":").append(i == 1 ? 70 : 10 + i).append(",\"receives\":[\"OLD-AGE-ALLOWANCE\"]}");
		}
		return JsonMapper.builder().build().readValue(json.append("]}").toString(), Survey.class);
	}

	private static long save(HouseholdStore store, HouseholdCode code, LocalDate date, List<Stored.Deficit> deficits,
			List<Stored.Help> help) {
		Survey survey = survey(code.village(), date, 3);
		return store.saveVisits(List.of(new Stored.NewVisit(code, date, "r1", 3, CODEC.write(survey), 1000, 1200,
				deficits, help, Households.receiving(survey), List.of("members[1].sso40"))), "official")[0];
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres" })
	void aVisitIsKeptAsRowsAndReadBack(String kind) {
		try (TestDatabase db = TestDatabase.open(kind)) {
			HouseholdStore store = store(db);
			HouseholdCode code = HouseholdCode.parse("40010105-12").orElseThrow();
			LocalDate date = LocalDate.of(2025, 3, 1);
			long visit = save(store, code, date, List.of(new Stored.Deficit("INC-1", ""), new Stored.Deficit("EDU-2", "m2")),
					List.of(new Stored.Help("OLD-AGE-ALLOWANCE", "m1", 7200L, 7200L, "YEAR", true)));

			Stored.Household household = store.find("40010105-12", Scope.EVERYWHERE).orElseThrow();
			assertThat(household.lastVisit()).isEqualTo(date);
			assertThat(household.visits()).isEqualTo(1);
			assertThat(household.openItems()).isEqualTo(1);
			assertThat(store.visits(household.id())).singleElement().satisfies(v -> {
				assertThat(v.rulesVersion()).isEqualTo("r1");
				assertThat(v.perYearMax()).isEqualTo(1200);
				assertThat(v.members()).isEqualTo(3);
			});
			assertThat(store.deficits(visit)).extracting(Stored.Deficit::key).containsExactlyInAnyOrder("INC-1", "EDU-2@m2");
			assertThat(store.help(visit)).singleElement().satisfies(h -> assertThat(h.amountMin()).isEqualTo(7200L));
			assertThat(store.receiving(visit)).extracting(Stored.Deficit::key).contains("WATER", "OLD-AGE-ALLOWANCE@m3");
			assertThat(store.open(visit)).containsExactly("members[1].sso40");
			assertThat(CODEC.read(store.survey(visit))).isEqualTo(survey(code.village(), date, 3));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres" })
	void theSameDayTwiceReplacesTheVisitAndKeepsOnePlanItem(String kind) {
		try (TestDatabase db = TestDatabase.open(kind)) {
			HouseholdStore store = store(db);
			HouseholdCode code = HouseholdCode.parse("40010105-1").orElseThrow();
			LocalDate date = LocalDate.of(2025, 3, 1);
			List<Stored.Help> help = List.of(new Stored.Help("WATER", "", null, null, null, false));
			save(store, code, date, List.of(new Stored.Deficit("INC-1", "")), help);
			long second = save(store, code, date, List.of(), help);
			save(store, code, date.plusMonths(6), List.of(), help);

			long id = store.find(code.toString(), Scope.EVERYWHERE).orElseThrow().id();
			assertThat(store.visits(id)).extracting(Stored.Visit::visitDate).containsExactly(date, date.plusMonths(6));
			assertThat(store.deficits(second)).isEmpty();
			assertThat(store.items(id)).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(PlanState.SUGGESTED));
			assertThat(store.events(id)).hasSize(1);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres" })
	void anAreaSeesOnlyItsOwnHouseholds(String kind) {
		try (TestDatabase db = TestDatabase.open(kind)) {
			HouseholdStore store = store(db);
			LocalDate date = LocalDate.of(2025, 3, 1);
			save(store, HouseholdCode.parse("40010105-1").orElseThrow(), date, List.of(), List.of());
			save(store, HouseholdCode.parse("40020301-1").orElseThrow(), date, List.of(), List.of());
			save(store, HouseholdCode.parse("50010101-1").orElseThrow(), date, List.of(), List.of());

			assertThat(store.list(new Scope("40"), 100)).extracting(Stored.Household::code)
				.containsExactly("40010105-1", "40020301-1");
			assertThat(store.list(new Scope("4001"), 100)).extracting(Stored.Household::code).containsExactly("40010105-1");
			assertThat(store.list(new Scope("400203"), 100)).extracting(Stored.Household::code).containsExactly("40020301-1");
			assertThat(store.find("50010101-1", new Scope("40"))).isEmpty();
			assertThat(store.find("50010101-1", Scope.EVERYWHERE)).isPresent();
			assertThat(store.count(new Scope("40"))).isEqualTo(2);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres" })
	void planItemsMoveAndLateOnesAreListed(String kind) {
		try (TestDatabase db = TestDatabase.open(kind)) {
			HouseholdStore store = store(db);
			LocalDate date = LocalDate.of(2025, 3, 1);
			HouseholdCode code = HouseholdCode.parse("40010105-7").orElseThrow();
			save(store, code, date, List.of(), List.of(new Stored.Help("WATER", "", null, null, null, false),
					new Stored.Help("OLD-AGE-ALLOWANCE", "m1", 600L, 600L, "MONTH", false)));
			long id = store.find(code.toString(), Scope.EVERYWHERE).orElseThrow().id();
			long water = store.items(id).stream().filter(i -> i.programme().equals("WATER")).findFirst().orElseThrow().id();
			long other = save(store, HouseholdCode.parse("40010105-8").orElseThrow(), date, List.of(),
					List.of(new Stored.Help("WATER", "", null, null, null, false)));

			assertThat(store.changeItem(id, water, PlanState.APPLIED, date.plusDays(2), "official", "form sent")).isTrue();
			assertThat(store.changeItem(id + 999, water, PlanState.RECEIVED, date, "official", null)).isFalse();
			assertThat(store.late(Scope.EVERYWHERE, date.plusDays(40), 10)).singleElement()
				.satisfies(l -> assertThat(l.household()).isEqualTo("40010105-7"));
			assertThat(store.late(Scope.EVERYWHERE, date, 10)).isEmpty();
			assertThat(store.changeItem(id, water, PlanState.RECEIVED, date.plusDays(45), "official", null)).isTrue();
			assertThat(store.late(Scope.EVERYWHERE, date.plusDays(60), 10)).isEmpty();
			assertThat(store.events(id)).extracting(Stored.Event::state)
				.containsExactly(PlanState.SUGGESTED, PlanState.SUGGESTED, PlanState.APPLIED, PlanState.RECEIVED);
			assertThat(store.due(Scope.EVERYWHERE, date, 10)).hasSize(2);
			assertThat(store.due(Scope.EVERYWHERE, date.minusDays(1), 10)).isEmpty();
			assertThat(other).isPositive();
		}
	}

	private static HouseholdStore store(TestDatabase db) {
		return new HouseholdStore(JdbcClient.create(db.dataSource), new JdbcTemplate(db.dataSource));
	}

}
