package org.siao.drafts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drafts, their checks and effects, publishing and rolling back, with the configured users. */
@SpringBootTest
@AutoConfigureMockMvc
class DraftControllerTests {

	static final Path RULES = org.siao.TestRules.copy();

	static final RequestPostProcessor POLICY = httpBasic("policy", "siao-policy");

	static final RequestPostProcessor OFFICIAL = httpBasic("official", "siao-official");

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
		// compiling a draft on a loaded build machine can take longer than the service's limit
		registry.add("siao.drafts.check-timeout", () -> "120s");
	}

	@Autowired
	MockMvc mvc;

	private String cash(String from, String to) throws Exception {
		String text = Files.readString(RULES.resolve("programmes/cash.dmn"));
		assertThat(text).contains(from);
		return text.replace(from, to);
	}

	/**
	 * The text of one cell of the live cash table, found by its element id, so the test edits
	 * whatever value the staff have written there rather than a value it remembers.
	 */
	private static String cell(String elementId) throws Exception {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + elementId + "\"><text>([^<]*)</text>")
			.matcher(Files.readString(RULES.resolve("programmes/cash.dmn")));
		assertThat(m.find()).as("cash.dmn has a cell %s", elementId).isTrue();
		return m.group(1);
	}

	private static String cellXml(String elementId, String text) {
		return "id=\"" + elementId + "\"><text>" + text + "</text>";
	}

	private String upload(String content, RequestPostProcessor user) throws Exception {
		var file = new MockMultipartFile("file", "cash.dmn", "application/xml", content.getBytes());
		var result = mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "programmes/cash.dmn").with(user))
			.andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private String liveVersion() throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/rules").with(OFFICIAL)).andReturn().getResponse().getContentAsString(), "$.version");
	}

	private String assessFourElders() throws Exception {
		var c = org.siao.casebook.CasebookReader.read(Path.of("casebook")).stream()
			.filter(x -> x.path().equals("elderly/four-age-bands.yaml")).findFirst().orElseThrow();
		String body = new tools.jackson.databind.json.JsonMapper().writeValueAsString(c.survey());
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body).with(OFFICIAL))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void onlyPolicyStaffMayChangeTheRules() throws Exception {
		var file = new MockMultipartFile("file", "cash.dmn", "application/xml", "x".getBytes());
		mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "programmes/cash.dmn")).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "programmes/cash.dmn").with(OFFICIAL))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/rules/rollback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":\"000000000000\",\"note\":\"x\"}").with(OFFICIAL)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/drafts/abc/publish").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/rules")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/rules").with(httpBasic("official", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aBrokenDraftIsReportedAndNeverTouchesTheLiveRules() throws Exception {
		String before = liveVersion();
		byte[] onDisk = Files.readAllBytes(RULES.resolve("programmes/cash.dmn"));
		String second = "dt_OLD_AGE_ALLOWANCE_r2_i1";
		String id = upload(cash(cellXml(second, cell(second)), cellXml(second, "[70..")), POLICY);
		mvc.perform(get("/api/v1/drafts/" + id).with(POLICY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.publishable").value(false))
			.andExpect(jsonPath("$.errors[?(@.row == 2)].file").value(hasItem("programmes/cash.dmn")))
			.andExpect(jsonPath("$.errors[?(@.row == 2)].table").value(hasItem("OLD-AGE-ALLOWANCE")));
		mvc.perform(post("/api/v1/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"try\"}").with(POLICY)).andExpect(status().isConflict());
		assertThat(liveVersion()).isEqualTo(before);
		assertThat(Files.readAllBytes(RULES.resolve("programmes/cash.dmn"))).isEqualTo(onDisk);
	}

	@Test
	void aDraftShowsItsEffectThenPublishesAndRollsBackToTheExactEarlierAnswers() throws Exception {
		String original = liveVersion();
		String answerBefore = assessFourElders();
		String first = "dt_OLD_AGE_ALLOWANCE_r1_o";
		String old = cell(first);
		String changed = String.valueOf(Long.parseLong(old) + 50);
		String id = upload(cash(cellXml(first, old), cellXml(first, changed)), POLICY);
		String draftRules = JsonPath.read(mvc.perform(get("/api/v1/drafts/" + id).with(POLICY)).andReturn().getResponse()
			.getContentAsString(), "$.rulesVersion");
		String parent = JsonPath.read(mvc.perform(get("/api/v1/drafts/" + id).with(POLICY)).andReturn().getResponse()
			.getContentAsString(), "$.parent");

		mvc.perform(get("/api/v1/drafts/" + id + "/casebook").with(POLICY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.liveVersion").value(original))
			.andExpect(jsonPath("$.failingLive").value(0))
			.andExpect(jsonPath("$.changes[?(@.path == 'elderly/four-age-bands.yaml')].amounts[0].draft").value(hasItem(Integer.parseInt(changed))))
			.andExpect(jsonPath("$.changes[?(@.path == 'elderly/four-age-bands.yaml')].failsNow").value(hasItem(true)));

		mvc.perform(post("/api/v1/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"old-age allowance " + changed + " in the first age band (test)\"}").with(POLICY)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.failing").value(hasItem("elderly/four-age-bands.yaml")));
		assertThat(liveVersion()).isEqualTo(original);
		mvc.perform(post("/api/v1/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"old-age allowance " + changed + " in the first age band (test)\",\"acceptFailingCases\":true}").with(POLICY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.action").value("PUBLISH")).andExpect(jsonPath("$.user").value("policy"))
			.andExpect(jsonPath("$.parent").value(parent)).andExpect(jsonPath("$.rulesVersion").value(draftRules))
			.andExpect(jsonPath("$.state").value("LIVE"));
		assertThat(liveVersion()).isEqualTo(draftRules);
		mvc.perform(get("/api/v1/rules/releases/" + draftRules).with(OFFICIAL)).andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[0].kind").value("CELL_CHANGED"))
			.andExpect(jsonPath("$.changes[0].table").value("OLD-AGE-ALLOWANCE"))
			.andExpect(jsonPath("$.changes[0].row").value(1))
			.andExpect(jsonPath("$.changes[0].oldValue").value(old))
			.andExpect(jsonPath("$.changes[0].newValue").value(changed));
		assertThat(assessFourElders()).contains("\"amount\":" + changed);

		mvc.perform(post("/api/v1/rules/rollback").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":\"" + original + "\",\"note\":\"back to the cabinet rate\"}").with(POLICY))
			.andExpect(status().isOk()).andExpect(jsonPath("$.action").value("ROLLBACK"));
		assertThat(liveVersion()).isEqualTo(original);
		assertThat(assessFourElders()).isEqualTo(answerBefore);
		mvc.perform(get("/api/v1/rules/history").with(OFFICIAL)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.hasItems("PUBLISH", "ROLLBACK")))
			.andExpect(jsonPath("$[?(@.action == 'PUBLISH')].casebook").value(hasItem(org.hamcrest.Matchers.containsString("changed"))));
	}

	@Test
	void householdsPostedWithADraftShowWhoGainsAndLoses() throws Exception {
		// whatever income line the staff have written for the child support grant, raised by a fifth
		String line = cell("dt_CHILD_SUPPORT_GRANT_r1_i3");
		assertThat(line).as("the grant's income cell is a single upper bound").matches("&lt;= \\d+");
		long limit = Long.parseLong(line.substring("&lt;= ".length()));
		long raised = limit + limit / 5;
		String id = upload(cash(cellXml("dt_CHILD_SUPPORT_GRANT_r1_i3", line),
				cellXml("dt_CHILD_SUPPORT_GRANT_r1_i3", "&lt;= " + raised)), POLICY);

		// three copies of a household the casebook says gets the grant, with incomes per person
		// below the line (gets it either way), between the two lines (gains) and above both
		var template = org.siao.casebook.CasebookReader.read(Path.of("casebook")).stream()
			.filter(c -> c.expect().recommend().stream().anyMatch(r -> r.startsWith("CHILD-SUPPORT-GRANT@")))
			.findFirst().orElseThrow().survey();
		var json = new tools.jackson.databind.json.JsonMapper();
		int people = template.members().size();
		var village = json.createArrayNode();
		for (long perPerson : new long[] { limit / 2, (limit + raised) / 2, raised * 2 }) {
			var household = (tools.jackson.databind.node.ObjectNode) json.valueToTree(template);
			household.putObject("income").put("mainOccupation", perPerson * people).put("secondaryOccupation", 0)
				.put("other", 0).put("ownProduce", 0);
			village.add(household);
		}
		mvc.perform(post("/api/v1/drafts/" + id + "/surveys").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(village)).with(POLICY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.households").value(3))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.programmes['CHILD-SUPPORT-GRANT'].gain").value(1))
			.andExpect(jsonPath("$.programmes['CHILD-SUPPORT-GRANT'].lose").value(0));
	}

	@Test
	void anUploadOutsideTheRulesFolderIsRefused() throws Exception {
		var file = new MockMultipartFile("file", "x.dmn", "application/xml", "<x/>".getBytes());
		mvc.perform(multipart("/api/v1/drafts").file(file).param("path", "../../etc/x.dmn").with(POLICY))
			.andExpect(status().isBadRequest());
	}

}
