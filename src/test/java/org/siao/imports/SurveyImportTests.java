package org.siao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.siao.households.StoredSurveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Importing JSON Lines: good lines kept, bad ones reported by number, no doubles, resume after a stop. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredSurveys stored;

	@Autowired
	ImportRuns runs;

	private static String grandmother() throws Exception {
		try (var in = SurveyImportTests.class.getResourceAsStream("/grandmother.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s*\n\\s*", "");
		}
	}

	private static String file() throws Exception {
		// village 40010108: no other test of the shared context keeps households there
		String survey = grandmother().replace("\"40010105\"", "\"40010108\"");
		return String.join("\n",
				"{\"household\":\"40010108-1\",\"survey\":" + survey + "}",
				"{\"household\":\"40010108-2\",\"survey\":" + survey + "}",
				"this is not json",
				"{\"household\":\"40010108-3\",\"survey\":" + survey.replace("\"m1\"", "\"Somsri Jaidee\"") + "}",
				"{\"household\":\"40010108-4\",\"survey\":" + survey + "}",
				"{\"household\":\"Somsri\",\"survey\":" + survey + "}") + "\n";
	}

	private org.springframework.test.web.servlet.ResultActions send(String body) throws Exception {
		return mvc.perform(post("/api/v1/imports").with(httpBasic("official", "siao-official"))
			.contentType("application/x-ndjson").header("Accept-Language", "en").content(body));
	}

	@Test
	void goodLinesAreKeptBadOnesListedAndAReimportDoublesNothing() throws Exception {
		String file = file();
		send(file).andExpect(status().isOk())
			.andExpect(jsonPath("$.run.kept").value(3))
			.andExpect(jsonPath("$.run.bad").value(3))
			.andExpect(jsonPath("$.run.finished").value(true))
			.andExpect(jsonPath("$.problems[*].line").value(org.hamcrest.Matchers.contains(3, 4, 6)))
			.andExpect(jsonPath("$.problems[1].reason").value(org.hamcrest.Matchers.containsString("members[0].id")));
		assertThat(stored.count("40010108")).isEqualTo(3);

		send(file).andExpect(status().isOk()).andExpect(jsonPath("$.run.kept").value(3));
		assertThat(stored.count("40010108")).isEqualTo(3);
	}

	@Test
	void anInterruptedImportResumesAfterTheLastLineDone() throws Exception {
		String file = file().replace("40010108", "40010109");
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8)));
		// a run that stopped after line 2, as if the server had gone down: lines 1 and 2 counted as kept
		ImportRun stopped = runs.startOrResume(hash, "official");
		runs.progress(stopped.id(), 2, 2, 0, false);

		send(file).andExpect(status().isOk())
			.andExpect(jsonPath("$.run.id").value((int) stopped.id()))
			.andExpect(jsonPath("$.run.kept").value(3))
			.andExpect(jsonPath("$.run.linesDone").value(6));
		// only line 5 was imported this time: lines 1 and 2 were skipped
		assertThat(stored.count("40010109")).isEqualTo(1);
	}

}
