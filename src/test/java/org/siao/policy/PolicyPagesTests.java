package org.siao.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.siao.drafts.DraftService;
import org.siao.policy.dmn.DmnDocument;
import org.siao.policy.dmn.DmnTable;
import org.siao.releases.Releases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policy pages without a browser: officials are refused, a cell with a thousands separator is
 * refused at the cell and not saved, a dated change is one edit, a grid edit and the same DMN
 * uploaded give the same draft, and the draft, effect and history pages show what changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTests {

	static final Path RULES = org.siao.TestRules.copy();

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.rules.watch-interval", () -> "0s");
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftService drafts;

	@Autowired
	Releases releases;

	private static final String ECONOMY = "rules/indicators/economy.dmn";

	@Test
	void anOfficialGetsTheForbiddenPage() throws Exception {
		// MockMvc does not render the error page the container forwards to; the browser test sees it
		for (String path : List.of("/policy", "/policy/history", "/policy/table?file=" + ECONOMY + "&table=INC-3")) {
			mvc.perform(get(path).with(user("official").roles("OFFICIAL"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void tablesAreListedByDimensionWithEveryIndicatorOfTheCatalogue() throws Exception {
		String page = html(get("/policy"));
		var catalogue = org.siao.catalogue.CatalogueReader.read(
				java.nio.file.Files.readAllBytes(RULES.resolve("catalogue/indicators.yaml")),
				java.nio.file.Files.readAllBytes(RULES.resolve("catalogue/programmes.yaml")));
		for (String code : catalogue.indicators().keySet()) {
			assertThat(page).contains("data-table=\"" + code + "\"");
		}
		for (var d : org.siao.catalogue.Dimension.values()) {
			assertThat(page).contains(d.title().th());
		}
	}

	@Test
	void aFigureWithACommaIsRefusedAtTheCellAndNothingIsSaved() throws Exception {
		String draft = drafts.create(null, Map.of(), "policy").id();
		DmnTable table = liveTable("INC-3");
		DmnTable.Row last = table.rows().get(table.rows().size() - 1);
		String page = html(post("/policy/drafts/" + draft + "/cell").param("file", ECONOMY).param("table", "INC-3")
			.param("row", last.id()).param("column", "1").param("value", ">= 40,000"));
		assertThat(page).contains("40000").contains("class=\"error\"");
		assertThat(drafts.find(draft).orElseThrow().edits()).isEmpty();
		String saved = html(post("/policy/drafts/" + draft + "/cell").param("file", ECONOMY).param("table", "INC-3")
			.param("row", last.id()).param("column", "1").param("value", ">= 40000"));
		assertThat(saved).contains("class=\"saved\"");
		assertThat(draftTable(draft, "INC-3").row(last.id()).orElseThrow().cells().get(1)).isEqualTo(">= 40000");
	}

	@Test
	void aGridEditAndTheSameFileUploadedGiveTheSameDraft() throws Exception {
		DmnTable table = liveTable("INC-3");
		DmnTable.Row last = table.rows().get(table.rows().size() - 1);
		String byGrid = drafts.create(null, Map.of(), "policy").id();
		html(post("/policy/drafts/" + byGrid + "/cell").param("file", ECONOMY).param("table", "INC-3")
			.param("row", last.id()).param("column", "1").param("value", ">= 41000"));
		// the same change as someone would make it with a text editor, then uploaded
		String original = new String(releases.bundle(releases.live().version()).files().get(ECONOMY), StandardCharsets.UTF_8);
		String rowText = original.substring(original.indexOf("<rule id=\"" + last.id() + "\""));
		String edited = original.replace(rowText, rowText.replaceFirst("&gt;= \\d+", "&gt;= 41000"));
		String byUpload = drafts.create(null, Map.of(), "policy").id();
		mvc.perform(multipart("/policy/drafts/" + byUpload + "/upload")
			.file(new MockMultipartFile("file", "economy.dmn", "application/xml", edited.getBytes(StandardCharsets.UTF_8)))
			.param("path", ECONOMY).param("table", "INC-3")
			.with(user("policy").roles("POLICY")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(drafts.find(byUpload).orElseThrow().version()).isEqualTo(drafts.find(byGrid).orElseThrow().version());
	}

	@Test
	void aDatedChangeIsOneEditShownRowByRowWithItsEffectInBaht() throws Exception {
		String draft = drafts.create(null, Map.of(), "policy").id();
		DmnTable before = liveTable("INC-3");
		LocalDate from = LocalDate.now().withDayOfMonth(1);
		String refused = html(post("/policy/drafts/" + draft + "/dated").param("file", ECONOMY).param("table", "INC-3")
			.param("dateColumn", "0").param("valueColumn", "1").param("from", from.toString()).param("value", "40,000"));
		assertThat(refused).contains("40000").contains("class=\"error\"");
		mvc.perform(post("/policy/drafts/" + draft + "/dated").param("file", ECONOMY).param("table", "INC-3")
			.param("dateColumn", "0").param("valueColumn", "1").param("from", from.toString()).param("value", "40000")
			.param("source", before.rows().get(before.rows().size() - 1).cells().get(3)).with(user("policy").roles("POLICY")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		DmnTable after = draftTable(draft, "INC-3");
		assertThat(after.rows()).hasSizeGreaterThan(before.rows().size());
		assertThat(after.rows().get(after.rows().size() - 1).cells().get(1)).contains("40000");
		String view = html(get("/policy/drafts/" + draft));
		assertThat(view).contains("ROW_ADDED").contains("40000").contains(from.toString());
		String effect = html(get("/policy/drafts/" + draft + "/effect"));
		assertThat(effect).contains("บาท").contains("data-money=\"cases-month\"");
	}

	@Test
	void theHistoryShowsEachReleaseAndItsRowChanges() throws Exception {
		String page = html(get("/policy/history"));
		assertThat(page).contains(releases.live().version());
	}

	private DmnTable liveTable(String name) {
		return DmnDocument.parse(releases.bundle(releases.live().version()).files().get(ECONOMY)).table(name).orElseThrow();
	}

	private DmnTable draftTable(String draft, String name) {
		return DmnDocument.parse(drafts.files(draft).get(ECONOMY)).table(name).orElseThrow();
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("policy").roles("POLICY")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
