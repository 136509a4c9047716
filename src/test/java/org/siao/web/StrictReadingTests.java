package org.siao.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A survey is read as written or refused, with the field named: Siao never guesses what a value meant. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICIAL")
class StrictReadingTests {

	@Autowired
	MockMvc mvc;

	static String grandmother() throws Exception {
		return Files.readString(Path.of("src/test/resources/grandmother.json"));
	}

	private ResultActions assess(String body) throws Exception {
		return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en").content(body));
	}

	@Test
	void theUnchangedSurveyIsRead() throws Exception {
		assess(grandmother()).andExpect(status().isOk());
	}

	@Test
	void aFieldToCorrectIsWrittenTheSameWayAfterEveryRestart() throws Exception {
		// the keys of an error come in one fixed order, so the same bad survey gets the same bytes
		// back whichever start of the service answers it
		assess(grandmother().replaceFirst("\"annualIncome\"", "\"annualIncomes\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					".*\"errors\":\\[\\{\"field\":\"[^\"]*\",\"label\":\"[^\"]*\",\"message\":.*")));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			"durable": false        | "durable": 2              | housing.durable            | must be true or false
			"durable": false        | "durable": "false"        | housing.durable            | must be true or false
			"annualIncome": 48000   | "annualIncome": "48000"   | members[0].annualIncome    | must be a whole number
			"annualIncome": 48000   | "annualIncome": 48000.9   | members[0].annualIncome    | must be a whole number
			"annualIncome": 48000   | "annualIncome": 48000.0   | members[0].annualIncome    | must be a whole number
			"annualIncome": 48000   | "annualIncome": true      | members[0].annualIncome    | must be a whole number
			"annualIncome": 48000   | "annualIncome": 1e400     | members[0].annualIncome    | must be a whole number
			"annualIncome": 48000   | "annualIncome": 99999999999999999999999 | members[0].annualIncome | too large
			"drinkingLitresPerPersonPerDay": 8 | "drinkingLitresPerPersonPerDay": "8" | water.drinkingLitresPerPersonPerDay | must be a number
			"id": "m1"              | "id": 1                   | members[0].id              | must be text
			"relation": "HEAD"      | "relation": 0             | members[0].relation        | one of: HEAD, SPOUSE, CHILD
			"relation": "HEAD"      | "relation": "head"        | members[0].relation        | one of: HEAD, SPOUSE, CHILD
			"relation": "HEAD"      | "relation": " HEAD "      | members[0].relation        | one of: HEAD, SPOUSE, CHILD
			"relation": "HEAD"      | "relation": "HEAD\\u0000"  | members[0].relation        | one of: HEAD, SPOUSE, CHILD
			"grade": "P4"           | "grade": "P.4"            | members[1].grade           | one of: K1, K2, K3, P1
			"grade": "P4"           | "grade": ""               | members[1].grade           | one of: K1, K2, K3, P1
			"hardships": []         | "hardships": "none"       | hardships                  | must be a list
			"hardships": []         | "hardships": {}           | hardships                  | must be a list
			"province": "40"        | "province": 40            | location.province          | must be text
			"assessmentDate": "2024-06-15" | "assessmentDate": "-999999999-01-01" | assessmentDate | a date written YYYY-MM-DD
			"assessmentDate": "2024-06-15" | "assessmentDate": "+10000-01-01"     | assessmentDate | a date written YYYY-MM-DD
			"assessmentDate": "2024-06-15" | "assessmentDate": "2024-02-30"       | assessmentDate | a date written YYYY-MM-DD
			"assessmentDate": "2024-06-15" | "assessmentDate": "15/06/2024"       | assessmentDate | a date written YYYY-MM-DD
			"assessmentDate": "2024-06-15" | "assessmentDate": [2024, 6, 15]      | assessmentDate | a date written YYYY-MM-DD
			"assessmentDate": "2024-06-15" | "assessmentDate": 19889             | assessmentDate | a date written YYYY-MM-DD
			"birthDate": "1952-01-15"      | "birthDate": "1952-01-15T00:00"      | members[0].birthDate | a date written YYYY-MM-DD
			"location": {           | "location": 5, "x": {     | location                   | a group of answers
			""")
	void aValueOfTheWrongKindIsRefusedAtItsField(String from, String to, String field, String wanted) throws Exception {
		String body = grandmother().replaceFirst(java.util.regex.Pattern.quote(from),
				java.util.regex.Matcher.quoteReplacement(to));
		assess(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/unreadable-body"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(wanted)))
			.andExpect(content().string(allOf(not(containsString("java")), not(containsString("org.siao")),
					not(containsString("Cannot")), not(containsString("Exception")))));
	}

	@ParameterizedTest(name = "{0} given twice")
	@CsvSource(delimiter = '|', textBlock = """
			"saves": true           | "saves": true, "saves": false            | saves
			"durable": false        | "durable": false, "durable": true        | housing.durable
			"sex": "FEMALE"         | "sex": "FEMALE", "sex": "MALE"           | members[0].sex
			""")
	void aKeyGivenTwiceIsRefusedNotTheLastKept(String from, String to, String field) throws Exception {
		assess(grandmother().replaceFirst(java.util.regex.Pattern.quote(from), to)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("is given twice")));
	}

	@Test
	void aNameOrIdNumberIsRefusedSayingSiaoDoesNotTakeThem() throws Exception {
		String body = grandmother().replace("\"id\": \"m1\",", "\"id\": \"m1\", \"nationalId\": \"1234567890123\",");
		assess(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[0].nationalId"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("member 1, `nationalId`: Siao does not take names or ID numbers: remove `nationalId`"))
			.andExpect(content().string(not(containsString("1234567890123"))));
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(grandmother().replace("\"saves\": true", "\"saves\": true, \"headName\": \"x\"")))
			.andExpect(jsonPath("$.errors[0].message").value("`headName`: เสี่ยวไม่รับชื่อหรือเลขประจำตัว: ลบ `headName` ออก"));
	}

	@Test
	void anUnknownFieldIsRefusedWithTheFieldsThatExistThere() throws Exception {
		assess(grandmother().replace("\"durable\": false", "\"durable\": false, \"durabel\": true"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("housing.durabel"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("(fields here: durable, secureTenure)")));
	}

	@Test
	void onlyJsonIsReadSoNoLaxerWayInExists() throws Exception {
		String yaml = """
				assessmentDate: 2024-06-15
				location: {province: '40', district: '4001', subdistrict: '400101', village: '40010105'}
				members:
				  - {id: m1, relation: HEAD, nationalId: '1234567890123', ageYears: 50}
				""";
		for (String type : new String[] { "application/yaml", "application/x-yaml", "text/yaml", "application/xml",
				"text/plain", "application/x-www-form-urlencoded" }) {
			mvc.perform(post("/api/v1/assessments").contentType(type).content(yaml))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"))
				.andExpect(jsonPath("$.title").value("ส่งแบบสำรวจเป็น JSON"));
		}
	}

	@Test
	void aNullEntryInAListIsNamedNotACrash() throws Exception {
		assess(grandmother().replace("\"members\": [", "\"members\": [null,")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[0]"))
			.andExpect(jsonPath("$.errors[0].message").value("member 1: is required"));
		assess(grandmother().replace("\"hardships\": []", "\"hardships\": [null]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hardships[0]"));
	}

}
