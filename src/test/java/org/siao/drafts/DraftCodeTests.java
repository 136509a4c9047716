package org.siao.drafts;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.siao.rulebook.RulesFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft never runs code: drafts whose plan.drl would stop the service, write a file or start a
 * program are refused before anything is compiled, whether sent alone or in a zip, and the
 * service keeps answering. (Were one compiled and run, the System.exit draft would end this very
 * test run.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftCodeTests {

	static final Path RULES = org.siao.TestRules.copy();

	static final RequestPostProcessor POLICY = httpBasic("policy", "siao-policy");

	static final RequestPostProcessor OFFICIAL = httpBasic("official", "siao-official");

	final Path marker = Path.of(System.getProperty("java.io.tmpdir"), "siao-draft-ran-" + System.nanoTime());

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("siao.rules.path", RULES::toString);
		registry.add("siao.releases.path", () -> org.siao.TestRules.releases().toString());
		registry.add("siao.rules.watch-interval", () -> "0s");
	}

	@Autowired
	MockMvc mvc;

	@AfterEach
	void noCodeRan() throws Exception {
		assertThat(marker).doesNotExist();
		assertThat(Files.readString(RULES.resolve("plan.drl"))).doesNotContain("Evil");
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(Files.readString(Path.of("src/test/resources/grandmother.json"))).with(OFFICIAL)).andExpect(status().isOk());
	}

	/** The live plan with one more rule that always fires and runs the given Java. */
	private byte[] planThatRuns(String java) throws Exception {
		return (Files.readString(RULES.resolve("plan.drl")) + "\nrule \"Evil\"\nwhen\nthen\n    " + java + "\nend\n").getBytes();
	}

	private ResultActions uploadAlone(String path, byte[] content, String language) throws Exception {
		var file = new MockMultipartFile("file", Path.of(path).getFileName().toString(), "text/plain", content);
		return mvc.perform(multipart("/api/v1/drafts").file(file).param("path", path).header("Accept-Language", language).with(POLICY));
	}

	private ResultActions uploadZip(Map<String, byte[]> files) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("rules/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		var file = new MockMultipartFile("file", "rules.zip", "application/zip", out.toByteArray());
		return mvc.perform(multipart("/api/v1/drafts").file(file).with(POLICY));
	}

	private Map<String, byte[]> liveFiles() {
		return new TreeMap<>(RulesFolder.read(RULES).files());
	}

	@Test
	void aPlanThatStopsTheServiceIsRefusedInThaiByDefault() throws Exception {
		uploadAlone("plan.drl", planThatRuns("System.exit(0);"), "th").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(DraftUploadProblems.CODE_IN_DRAFT.toString()))
			.andExpect(jsonPath("$.file").value("plan.drl"))
			.andExpect(jsonPath("$.detail").value(containsString("plan.drl เป็นโค้ดโปรแกรม")));
	}

	@Test
	void aPlanThatWritesAFileIsRefusedInEnglishWhenAsked() throws Exception {
		String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");";
		uploadAlone("plan.drl", planThatRuns(write), "en").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("plan.drl is code: change it through the repository")));
	}

	@Test
	void aZippedFolderWhosePlanStartsAProgramIsRefused() throws Exception {
		Map<String, byte[]> files = liveFiles();
		files.put("plan.drl", planThatRuns("Runtime.getRuntime().exec(new String[] {\"touch\", \"" + marker + "\"});"));
		uploadZip(files).andExpect(status().isForbidden()).andExpect(jsonPath("$.file").value("plan.drl"));
	}

	@Test
	void aZipThatAddsAnotherDrlIsRefused() throws Exception {
		Map<String, byte[]> files = liveFiles();
		files.put("programmes/extra.drl", planThatRuns("System.exit(0);"));
		uploadZip(files).andExpect(status().isForbidden()).andExpect(jsonPath("$.file").value("programmes/extra.drl"));
	}

	@Test
	void aCellThatWouldLoopForMinutesIsRefusedAtItsRowAndNeverRuns() throws Exception {
		String table = Files.readString(RULES.resolve("programmes/cash.dmn"));
		// the second row's age condition, whatever range the staff have written there
		String cell = "(id=\"dt_OLD_AGE_ALLOWANCE_r2_i1\"><text>)[^<]*(</text>)";
		assertThat(java.util.regex.Pattern.compile(cell).matcher(table).find()).isTrue();
		byte[] looping = table.replaceFirst(cell, "$1for i in 1..1000000000 return i$2").getBytes();
		String body = uploadAlone("programmes/cash.dmn", looping, "en").andExpect(status().isCreated())
			.andExpect(jsonPath("$.publishable").value(false))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].file").value("programmes/cash.dmn"))
			.andExpect(jsonPath("$.errors[0].table").value("OLD-AGE-ALLOWANCE"))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("column 'ageYears'")))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		// a refused draft is never run, not even on the casebook
		mvc.perform(get("/api/v1/drafts/" + id + "/casebook").with(POLICY)).andExpect(status().isConflict());
	}

	@Test
	void aDraftAlwaysCarriesTheLivePlanSoAZipWithoutItIsTheLiveRules() throws Exception {
		String live = JsonPath.read(mvc.perform(get("/api/v1/rules").with(OFFICIAL)).andReturn().getResponse().getContentAsString(),
				"$.version");
		Map<String, byte[]> files = liveFiles();
		files.remove("plan.drl");
		uploadZip(files).andExpect(status().isCreated()).andExpect(jsonPath("$.rulesVersion").value(live))
			.andExpect(jsonPath("$.edits").isEmpty()).andExpect(jsonPath("$.publishable").value(true));
		// the same plan, byte for byte, is no change: a whole folder may be sent as it is
		uploadZip(liveFiles()).andExpect(status().isCreated()).andExpect(jsonPath("$.rulesVersion").value(live))
			.andExpect(jsonPath("$.edits").isEmpty());
	}

}
