package org.siao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.validation.Validator;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.households.HouseholdCode;
import org.siao.households.Households;
import org.siao.households.StoredSurvey;
import org.siao.households.StoredSurveys;
import org.siao.households.SyntheticHouseholds;
import org.siao.rulebook.RuleBooks;
import org.siao.summaries.AreaSummaries;
import org.siao.summaries.Summary;
import org.siao.users.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import pipeline on one database (H2 and PostgreSQL each run these): CSV rows made into
 * households with bad rows listed by number, no doubles on a second import, a stopped import
 * resumed, the export of every household of an area and none outside it, and summaries equal to
 * counts made here from the same households.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ImportPipelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredSurveys stored;

	@Autowired
	Households households;

	@Autowired
	ImportRuns runs;

	@Autowired
	JsonMapper json;

	@Autowired
	Validator validator;

	@Autowired
	Assessor assessor;

	@Autowired
	RuleBooks rules;

	@Autowired
	AreaSummaries summaries;

	@Autowired
	org.siao.summaries.AreaTallies tallies;

	/** The documented example, moved to another village so that tests never share households. */
	private static String example(String village) throws IOException {
		return Files.readString(Path.of("docs/import-example.csv"), StandardCharsets.UTF_8).replace("40010105", village);
	}

	private ResultActions sendCsv(String body, String language) throws Exception {
		var request = post("/api/v1/imports").with(httpBasic("official", "siao-official"))
			.contentType("text/csv")
			.content(body.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(language == null ? request : request.header("Accept-Language", language));
	}

	@Test
	void csvRowsBecomeHouseholdsBadRowsAreListedAndASecondImportDoublesNothing() throws Exception {
		String village = "40050101";
		String file = example(village)
				// line 7: a yes/no answer that is neither
				+ village + "-14,2024-06-15,30000,,,true,true,8,60,true,false,,m1,HEAD,,70,MALE,maybe,false,,,NONE,,\n"
				// line 8: a row of household 12 after household 13's
				+ village + "-12,,,,,,,,,,,,m4,CHILD,,9,MALE,true,false,true,P3,NONE,,\n"
				// line 9: a name where the household's code goes
				+ "Somchai,2024-06-15,30000,,,true,true,8,60,true,false,,m1,HEAD,,70,MALE,true,false,,,NONE,,\n"
				// line 10: a member label that is a national ID number
				+ village + "-15,2024-06-15,30000,,,true,true,8,60,true,false,,1101700203451,HEAD,,70,MALE,true,false,,,NONE,,\n"
				// lines 11 and 12: a good household again
				+ village + "-16,2024-06-17,24000,0,0,true,true,8,60,true,false,,m1,HEAD,,67,MALE,true,false,,,NONE,true,\n"
				+ village + "-16,,,,,,,,,,,,m2,SPOUSE,,64,FEMALE,true,false,,,NONE,true,\n";

		sendCsv(file, "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.run.kept").value(3))
			.andExpect(jsonPath("$.run.bad").value(4))
			.andExpect(jsonPath("$.run.finished").value(true))
			.andExpect(jsonPath("$.problems[*].line").value(Matchers.contains(7, 8, 9, 10)))
			.andExpect(jsonPath("$.problems[0].reason").value(Matchers.containsString("member.thai")))
			.andExpect(jsonPath("$.problems[1].reason").value(Matchers.containsString("not together")))
			.andExpect(jsonPath("$.problems[2].reason").value(Matchers.containsString("40010105-12")))
			.andExpect(jsonPath("$.problems[3].reason").value(Matchers.containsString("ID number")));
		assertThat(stored.count(village)).isEqualTo(3);
		Map<String, StoredSurvey> kept = latest(village);
		assertThat(kept.keySet()).containsExactlyInAnyOrder(village + "-12", village + "-13", village + "-16");
		// household columns from the first row, one member a row, lists split on ;
		var grandmother = kept.get(village + "-12").survey();
		assertThat(grandmother.members()).extracting(m -> m.id()).containsExactly("m1", "m2", "m3");
		assertThat(grandmother.income().total()).isEqualTo(48000 + 7200 + 12000);
		assertThat(grandmother.members().get(0).receives()).containsExactly("OLD-AGE-ALLOWANCE");
		assertThat(grandmother.location().village()).isEqualTo(village);

		sendCsv(file, "en").andExpect(status().isOk()).andExpect(jsonPath("$.run.kept").value(3));
		assertThat(stored.count(village)).isEqualTo(3);
		assertThat(households.folder(village + "-12", Scope.EVERYWHERE).orElseThrow().visits()).hasSize(1);
	}

	@Test
	void aHeaderWithANameOrAnUnknownColumnIsRefusedWholeInTheUsersLanguage() throws Exception {
		String village = "40050102";
		String rows = village + "-1,Somsri,m1,HEAD\n";
		sendCsv("household,ชื่อ,member.id,member.relation\n" + rows, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("\"ชื่อ\"")))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("ไม่รับ")));
		sendCsv("household,member.id,member.relation,firstName\n" + rows, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("a name, an ID number or an address")));
		sendCsv("household,colour,member.id,member.relation\n" + rows, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("unknown column \"colour\"")));
		assertThat(stored.count(village)).isZero();
	}

	@Test
	void anImportStoppedHalfWayResumesAfterItsLastStoredBatchAndDoublesNothing() throws Exception {
		String village = "40050103";
		StringBuilder csv = new StringBuilder(
				"household,assessmentDate,income.mainOccupation,member.id,member.relation,member.ageYears,member.thai\n");
		for (int n = 1; n <= 10; n++) {
			// household 3 is bad (an age that is not a number): a problem recorded before the stop
			csv.append(village).append('-').append(n).append(",2024-06-15,30000,m1,HEAD,").append(n == 3 ? "old" : "70")
				.append(",true\n");
			csv.append(village).append('-').append(n).append(",,,m2,SPOUSE,66,true\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		String hash = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));

		// batches of 2 households, one assessing thread: a window of 3 batches, so when the reader
		// fails on the 10th household, batches 1 and 2 (households 1 to 4) have been stored
		ExecutorService one = Executors.newSingleThreadExecutor();
		try {
			SurveyImporter importer = new SurveyImporter(runs, households, json, validator, one, 1, 2, tallies);
			ImportRun run = runs.startOrResume(hash, "official", 21);
			SurveyReader reader = importer.reader(new ByteArrayInputStream(file), SurveyImporter.Format.CSV,
					Locale.ENGLISH);
			SurveyReader failing = new SurveyReader() {
				int read;

				@Override
				public Entry next() throws IOException {
					if (++read == 10) {
						throw new IOException("the disk went away");
					}
					return reader.next();
				}

				@Override
				public void close() throws IOException {
					reader.close();
				}
			};
			assertThatThrownBy(() -> importer.run(run, failing, "official", new Scope("40"), Locale.ENGLISH, r -> {
			})).isInstanceOf(IOException.class);
		}
		finally {
			one.shutdownNow();
		}
		ImportRun stopped = runs.find(runs.startOrResume(hash, "official").id()).orElseThrow();
		assertThat(stopped.finished()).isFalse();
		assertThat(stopped.linesDone()).isEqualTo(9);
		assertThat(stopped.kept()).isEqualTo(3);
		assertThat(stored.count(village)).isEqualTo(3);

		sendCsv(new String(file, StandardCharsets.UTF_8), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.run.id").value((int) stopped.id()))
			.andExpect(jsonPath("$.run.finished").value(true))
			.andExpect(jsonPath("$.run.kept").value(9))
			.andExpect(jsonPath("$.run.linesDone").value(21))
			.andExpect(jsonPath("$.problems[*].line").value(Matchers.contains(6)));
		assertThat(stored.count(village)).isEqualTo(9);
		for (int n = 1; n <= 10; n++) {
			if (n != 3) {
				assertThat(households.folder(village + "-" + n, Scope.EVERYWHERE).orElseThrow().visits()).hasSize(1);
			}
		}
	}

	@Test
	void theExportHasEveryHouseholdOfTheAreaAndNoneOutsideAndTheSummaryCountsThemAll() throws Exception {
		// more households than a page of the export and than the lists' old cap of 500
		String district = "4006";
		List<String> villages = List.of("40060101", "40060102", "40060201");
		SyntheticHouseholds synthetic = new SyntheticHouseholds(11, json, rules.current().catalogue().programmes().keySet());
		StringBuilder lines = new StringBuilder();
		Set<String> codes = new HashSet<>();
		Map<String, Long> failing = new HashMap<>();
		Map<String, Long> eligible = new HashMap<>();
		long people = 0;
		LocalDate date = LocalDate.of(2025, 5, 1);
		for (int n = 1; n <= 620; n++) {
			String village = villages.get(n % villages.size());
			var survey = synthetic.next(village, date);
			String code = village + "-" + n;
			lines.append("{\"household\":\"").append(code).append("\",\"survey\":").append(json.writeValueAsString(survey))
				.append("}\n");
			codes.add(code);
			Assessment a = assessor.assess(survey, Language.TH);
			a.deficits().stream().map(d -> d.indicator()).distinct().forEach(i -> failing.merge(i, 1L, Long::sum));
			a.recommendations().forEach(r -> eligible.merge(r.programme(), 1L, Long::sum));
			people += survey.members().size();
		}
		mvc.perform(post("/api/v1/imports").with(httpBasic("official", "siao-official"))
			.contentType("application/x-ndjson")
			.content(lines.toString())).andExpect(status().isOk()).andExpect(jsonPath("$.run.kept").value(620));
		assertThat(households.keep(new HouseholdCode("50010101", 1), synthetic.next("50010101", date), "t",
				Scope.EVERYWHERE).ok()).isTrue();

		String csv = mvc.perform(get("/api/v1/households/export.csv").with(httpBasic("official", "siao-official")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> rows = csv.lines().toList();
		assertThat(rows.get(0)).startsWith("household,province,district,district_name,");
		List<String> exported = new ArrayList<>();
		rows.subList(1, rows.size()).forEach(r -> exported.add(r.substring(0, r.indexOf(','))));
		assertThat(exported).doesNotHaveDuplicates().containsAll(codes).noneMatch(c -> c.startsWith("50"));

		Summary summary = summaries.of(district, Locale.ENGLISH);
		assertThat(summary.households()).isEqualTo(620);
		assertThat(summary.people()).isEqualTo(people);
		Map<String, Long> failingCounted = new HashMap<>();
		summary.indicators().forEach(i -> failingCounted.put(i.indicator(), i.households()));
		assertThat(failingCounted).isEqualTo(failing);
		Map<String, Long> eligibleCounted = new HashMap<>();
		summary.programmes().stream().filter(p -> p.eligible() > 0)
			.forEach(p -> eligibleCounted.put(p.programme(), p.eligible()));
		assertThat(eligibleCounted).isEqualTo(eligible);
	}

	private Map<String, StoredSurvey> latest(String village) {
		Map<String, StoredSurvey> kept = new HashMap<>();
		stored.forEachLatest(village, s -> kept.put(s.householdCode(), s));
		return kept;
	}

}
