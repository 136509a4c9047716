package org.siao.policy.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.drafts.DraftService;
import org.siao.policy.PolicyWork;
import org.siao.policy.dmn.DmnDocument;
import org.siao.policy.dmn.DmnTable;
import org.siao.releases.Releases;
import org.siao.survey.Survey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft on the households officials keep: two households in district 4001 and one in 4002, a
 * draft that raises one monthly cash amount the first household gets (read from the live table),
 * and the effect of district 4001 lists exactly its two households with the raise in baht, on the
 * page and on the API; the province run stops at the configured cap and says so; officials are
 * refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredEffectTests {

	static final Path RULES = org.siao.TestRules.copy();

	static final int LIMIT = 2;

	static final long RAISE = 100;

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
		registry.add("siao.policy.effect.stored-limit", () -> String.valueOf(LIMIT));
	}

	private static final RequestPostProcessor OFFICIAL = httpBasic("official", "siao-official");

	private static final RequestPostProcessor POLICY = httpBasic("policy", "siao-policy");

	private static final List<String> DISTRICT_4001 = List.of("40010105-1", "40010105-2");

	private static final String DISTRICT_4002 = "40020101-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftService drafts;

	@Autowired
	Releases releases;

	@Autowired
	PolicyWork work;

	@Autowired
	JsonMapper json;

	private String draft;

	/** Per household: how much more a month the draft gives (the raise times the raised recommendations). */
	private long monthlyRaise;

	private String programme;

	@BeforeAll
	void keepHouseholdsAndDraftARaise() throws Exception {
		String grandmother;
		try (var in = getClass().getResourceAsStream("/grandmother.json")) {
			grandmother = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (String code : DISTRICT_4001) {
			keep(code, grandmother);
		}
		ObjectNode elsewhere = (ObjectNode) json.readTree(grandmother);
		((ObjectNode) elsewhere.get("location")).put("district", "4002").put("subdistrict", "400201")
			.put("village", "40020101");
		keep(DISTRICT_4002, json.writeValueAsString(elsewhere));

		// a monthly amount the household gets on the live rules, and the live table rows that give it
		Survey survey = json.readValue(grandmother, Survey.class);
		Assessment live = Assessor.assess(work.liveBook(), survey, Language.TH);
		Map<String, byte[]> files = releases.bundle(releases.live().version()).files();
		var catalogue = work.catalogue(files);
		for (Assessment.Recommendation r : live.recommendations()) {
			if (!"MONTH".equals(r.period()) || r.amount() == null
					|| catalogue.programme(r.programme()).orElseThrow().householdCap() != null) {
				continue;
			}
			for (var file : files.entrySet()) {
				if (!file.getKey().contains("programmes/") || !file.getKey().endsWith(".dmn")) {
					continue;
				}
				DmnTable table = DmnDocument.parse(file.getValue()).table(r.programme()).orElse(null);
				if (table == null || table.outputs().size() != 1) {
					continue;
				}
				int output = table.inputs().size();
				List<DmnTable.Row> giving = table.rows().stream()
					.filter(row -> row.cells().get(output).trim().equals(String.valueOf(r.amount())))
					.toList();
				if (giving.isEmpty()) {
					continue;
				}
				programme = r.programme();
				draft = drafts.create(null, Map.of(), "policy").id();
				for (DmnTable.Row row : giving) {
					mvc.perform(post("/policy/drafts/" + draft + "/cell").param("file", file.getKey())
						.param("table", table.name()).param("row", row.id()).param("column", String.valueOf(output))
						.param("value", String.valueOf(r.amount() + RAISE))
						.with(user("policy").roles("POLICY")).with(csrf()))
						.andExpect(status().isOk())
						.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"saved\"")));
				}
				long raised = live.recommendations().stream()
					.filter(x -> x.programme().equals(r.programme()) && r.amount().equals(x.amount())
							&& "MONTH".equals(x.period()))
					.count();
				monthlyRaise = raised * RAISE;
				return;
			}
		}
		throw new AssertionError("the test household gets no monthly amount written as a number in a programme table");
	}

	@Test
	void theDistrictListsExactlyItsHouseholdsWithTheRaiseInBaht() throws Exception {
		JsonNode result = json.readTree(body(get("/api/v1/drafts/" + draft + "/households").param("area", "4001"), POLICY));
		assertThat(result.get("stored").asLong()).isEqualTo(2);
		assertThat(result.get("capped").asBoolean()).isFalse();
		JsonNode report = result.get("report");
		assertThat(report.get("households").asInt()).isEqualTo(2);
		List<String> labels = new ArrayList<>();
		report.get("shifts").forEach(s -> labels.add(s.get("label").asString()));
		assertThat(labels).containsExactlyElementsOf(DISTRICT_4001);
		JsonNode month = report.get("perMonth");
		assertThat(month.get("draft").asLong() - month.get("live").asLong()).isEqualTo(2 * monthlyRaise);
		JsonNode year = report.get("perYear");
		assertThat(year.get("draft").asLong() - year.get("live").asLong()).isEqualTo(2 * 12 * monthlyRaise);
		JsonNode byProgramme = null;
		for (JsonNode p : report.get("programmes")) {
			if (p.get("programme").asString().equals(programme)) {
				byProgramme = p;
			}
		}
		assertThat(byProgramme).as("the raised programme's row").isNotNull();
		assertThat(byProgramme.get("perMonth").get("draft").asLong() - byProgramme.get("perMonth").get("live").asLong())
			.isEqualTo(2 * monthlyRaise);

		String page = body(get("/policy/drafts/" + draft + "/effect").param("area", "4001"),
				user("policy").roles("POLICY"));
		assertThat(page).doesNotContain(DISTRICT_4002);
		String stored = page.substring(page.indexOf("id=\"report-stored\""));
		assertThat(stored).contains(DISTRICT_4001);
		String perMonth = stored.substring(stored.indexOf("data-money=\"stored-month\""));
		assertThat(perMonth.substring(0, perMonth.indexOf("</dd>")))
			.contains("(+" + String.format(java.util.Locale.ROOT, "%,d", 2 * monthlyRaise) + ")");
	}

	@Test
	void theOtherDistrictHasOnlyItsOwnHousehold() throws Exception {
		JsonNode report = json.readTree(body(get("/api/v1/drafts/" + draft + "/households").param("area", "4002"), POLICY))
			.get("report");
		List<String> labels = new ArrayList<>();
		report.get("shifts").forEach(s -> labels.add(s.get("label").asString()));
		assertThat(labels).containsExactly(DISTRICT_4002);
	}

	@Test
	void theProvinceRunStopsAtTheCapAndSaysSo() throws Exception {
		JsonNode result = json.readTree(body(get("/api/v1/drafts/" + draft + "/households").param("area", "40"), POLICY));
		assertThat(result.get("stored").asLong()).isEqualTo(3);
		assertThat(result.get("run").asInt()).isEqualTo(LIMIT);
		assertThat(result.get("capped").asBoolean()).isTrue();
		assertThat(result.get("report").get("households").asInt()).isEqualTo(LIMIT);
		String page = body(get("/policy/drafts/" + draft + "/effect").param("area", "40"), user("policy").roles("POLICY"));
		assertThat(page).contains("คำนวณเฉพาะ " + LIMIT + " ครัวเรือนแรกจาก 3 ครัวเรือน");
	}

	@Test
	void aWrongAreaCodeIsRefusedAtTheField() throws Exception {
		String problem = mvc.perform(get("/api/v1/drafts/" + draft + "/households").param("area", "40x1").with(POLICY)
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode errors = json.readTree(problem).get("errors");
		assertThat(errors.get(0).get("field").asString()).isEqualTo("area");
		assertThat(problem).contains("2, 4, 6 or 8 digits").doesNotContain("Exception");
		String page = body(get("/policy/drafts/" + draft + "/effect").param("area", "40x1"), user("policy").roles("POLICY"));
		assertThat(page).contains("id=\"area-error\"").contains("2, 4, 6 หรือ 8 หลัก").doesNotContain("data-money=\"stored-month\"");
	}

	@Test
	void anOfficialIsRefused() throws Exception {
		mvc.perform(get("/api/v1/drafts/" + draft + "/households").param("area", "4001").with(OFFICIAL))
			.andExpect(status().isForbidden());
		mvc.perform(get("/policy/drafts/" + draft + "/effect").param("area", "4001")
			.with(user("official").roles("OFFICIAL"))).andExpect(status().isForbidden());
	}

	private void keep(String code, String survey) throws Exception {
		mvc.perform(put("/api/v1/households/" + code + "/visits").with(OFFICIAL)
			.contentType(MediaType.APPLICATION_JSON).content(survey))
			.andExpect(status().isOk());
	}

	private String body(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
