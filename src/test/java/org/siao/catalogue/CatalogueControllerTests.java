package org.siao.catalogue;

import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue as the API serves it, compared with the live rules' own catalogue: the staff's
 * programmes, indicators and sources are never listed here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class CatalogueControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleBooks ruleBooks;

	@Test
	void listsTheProgrammesWithAgencyDocumentsAndSource() throws Exception {
		RuleBook book = ruleBooks.current();
		Programme first = book.catalogue().allProgrammes().iterator().next();
		mvc.perform(get("/api/v1/programmes")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(book.catalogue().programmes().size()))
			.andExpect(jsonPath("$[?(@.code == '" + first.code() + "')].name").value(hasItem(first.name().th())))
			.andExpect(jsonPath("$[?(@.code == '" + first.code() + "')].source").value(hasItem(first.source())))
			.andExpect(jsonPath("$[0]").value(org.hamcrest.Matchers.hasKey("apply")))
			.andExpect(jsonPath("$[*].citations[*].link").value(everyItem(startsWith("http"))));
	}

	@Test
	void listsTheIndicatorsOfTheFiveDimensionsInEnglish() throws Exception {
		RuleBook book = ruleBooks.current();
		Indicator first = book.catalogue().indicators().values().iterator().next();
		mvc.perform(get("/api/v1/indicators").header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(book.catalogue().indicators().size()))
			.andExpect(jsonPath("$[?(@.code == '" + first.code() + "')].dimensionName")
				.value(hasItem(first.dimension().title().en())));
	}

	@Test
	void listsTheCitedDocumentsWithTitleIssuerAndLinkInTheCallersLanguage() throws Exception {
		RuleBook book = ruleBooks.current();
		var source = book.sources().all().get(0);
		mvc.perform(get("/api/v1/sources").header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(book.sources().all().size()))
			.andExpect(jsonPath("$[0].key").value(source.key()))
			.andExpect(jsonPath("$[0].title").value(source.title().en()))
			.andExpect(jsonPath("$[0].issuer").value(source.issuer()))
			.andExpect(jsonPath("$[*].link").value(everyItem(startsWith("http"))));
		mvc.perform(get("/api/v1/sources")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value(source.title().th() != null ? source.title().th() : source.title().en()));
	}

	@Test
	void theRulesEndpointNamesTheLiveVersionAndItsTables() throws Exception {
		RuleBook book = ruleBooks.current();
		mvc.perform(get("/api/v1/rules")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(book.version()))
			.andExpect(jsonPath("$.files[*].path").value(hasItem("plan.drl")))
			.andExpect(jsonPath("$.tables.length()").value(book.indicatorTables().size() + book.programmeTables().size()));
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/assessments']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sources']").exists());
	}

}
