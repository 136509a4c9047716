package org.siao.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests, sent byte for byte to a running server as an attacker would: every one is
 * answered with a 4xx problem in words, never a 5xx, never Java.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

	private static final String ASSESS = "POST /api/v1/assessments HTTP/1.1\n";

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> everyMalformedRequestGetsAProblemNotAFailure() throws Exception {
		String survey = Files.readString(Path.of("src/test/resources/grandmother.json"));
		List<Case> cases = new ArrayList<>();
		// bodies that are not the survey's JSON
		for (String body : List.of("", "{", "}", "[", "]", "null", "true", "1", "\"survey\"", "{\"a\":}", "{,}",
				"{\"assessmentDate\": \"2024-06-15\"} trailing", survey + survey, survey.replace("{", "{\"__proto__\": 1, "),
				"[".repeat(5000) + "]".repeat(5000), "{\"members\": [" + "{".repeat(2000), "{\"x\": 1" + "9".repeat(5000) + "}",
				"{\"assessmentDate\": \"" + "9".repeat(100_000) + "\"}", "\u0000\u0001\u0002",
				survey.replace("\"2024-06-15\"", "\"-999999999-01-01\""), survey.replace("\"2024-06-15\"", "\"+999999999-12-31\""),
				survey.replace("\"1952-01-15\"", "\"-999999999-01-01\""), survey.replace("\"2015-01-15\"", "\"+999999999-12-31\""),
				survey.replace("\"ageYears\"", "\"x\"").replace("\"sex\": \"FEMALE\"", "\"ageYears\": 2147483648"),
				survey.replace("\"drinkingLitresPerPersonPerDay\": 8", "\"drinkingLitresPerPersonPerDay\": 1e308"),
				survey.replace("\"drinkingLitresPerPersonPerDay\": 8", "\"drinkingLitresPerPersonPerDay\": -0.0e-999999"),
				survey.replace("\"id\": \"m1\"", "\"id\": \"" + "m".repeat(10_000) + "\""))) {
			cases.add(new Case("body " + abbreviate(body), json(body)));
		}
		cases.add(new Case("invalid UTF-8", head(ASSESS, "application/json", 4, RawHttp.OFFICIAL),
				new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}' }));
		// wrong or missing content types, including multipart with no boundary
		for (String type : List.of("text/plain", "application/yaml", "application/xml", "multipart/form-data",
				"multipart/form-data; boundary=", "application/x-www-form-urlencoded", "application/json; charset=klingon",
				"*/*", "garbage")) {
			cases.add(new Case("content type " + type, head(ASSESS, type, survey.length(), RawHttp.OFFICIAL), bytes(survey)));
		}
		cases.add(new Case("no content type", "POST /api/v1/assessments HTTP/1.1\nAuthorization: " + RawHttp.OFFICIAL
				+ "\nContent-Length: " + survey.length() + "\n", bytes(survey)));
		String draft = "POST /api/v1/drafts HTTP/1.1\n";
		cases.add(new Case("draft upload, multipart without a boundary", head(draft, "multipart/form-data", 10, RawHttp.POLICY),
				bytes("0123456789")));
		String cut = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.dmn\"\r\n\r\n<defin";
		cases.add(new Case("draft upload, multipart cut short",
				head(draft, "multipart/form-data; boundary=xyz", cut.length(), RawHttp.POLICY), bytes(cut)));
		String noFile = "--xyz\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\na.dmn\r\n--xyz--\r\n";
		cases.add(new Case("draft upload without a file", head(draft, "multipart/form-data; boundary=xyz", noFile.length(),
				RawHttp.POLICY), bytes(noFile)));
		// lengths that lie or are missing
		cases.add(new Case("length far beyond the limit", head(ASSESS, "application/json", 999_999_999, RawHttp.OFFICIAL),
				new byte[0]));
		String big = "{\"pad\": \"" + "x".repeat(300_000) + "\"}";
		cases.add(new Case("body beyond the limit", head(ASSESS, "application/json", big.length(), RawHttp.OFFICIAL), bytes(big)));
		cases.add(new Case("chunked body", "POST /api/v1/assessments HTTP/1.1\nAuthorization: " + RawHttp.OFFICIAL
				+ "\nContent-Type: application/json\nTransfer-Encoding: chunked\n", bytes("2\r\n{}\r\n0\r\n\r\n")));
		// methods, paths, headers
		for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
			cases.add(new Case(method + " on assessments", method + " /api/v1/assessments HTTP/1.1\nAuthorization: "
					+ RawHttp.OFFICIAL + "\nContent-Length: 0\n", new byte[0]));
		}
		for (String path : List.of("/api/v1/nothing", "/api/v1/assessments/1", "/api/v1/programmes/%00", "/api/v1/./assessments",
				"/api/v1/%2e%2e/assessments", "/api/v1/drafts/..%2f..%2fetc", "/error", "/error?status=500", "/problems/%ff")) {
			cases.add(new Case("GET " + path, "GET " + path + " HTTP/1.1\nAuthorization: " + RawHttp.POLICY + "\n", new byte[0]));
		}
		cases.add(new Case("POST /error", head("POST /error HTTP/1.1\n", "application/json", 2, null), bytes("{}")));
		cases.add(new Case("bad JSON asking for HTML", head(ASSESS + "Accept: text/html\n", "application/json", 1,
				RawHttp.OFFICIAL), bytes("{")));
		cases.add(new Case("bad JSON asking for images", head(ASSESS + "Accept: image/png\n", "application/json", 1,
				RawHttp.OFFICIAL), bytes("{")));
		cases.add(new Case("nonsense languages", head(ASSESS + "Accept-Language: ;;;q=x, zz-ZZZZ-1\n", "application/json", 1,
				RawHttp.OFFICIAL), bytes("{")));
		cases.add(new Case("bad credentials", head(ASSESS, "application/json", 2, "Basic !!!"), bytes("{}")));
		RawHttp http = new RawHttp(port);
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			RawHttp.Response response = http.send(c.head(), c.body());
			ProblemAssertions.assertProblem(c.name(), response.status(), response.contentType(), response.body());
		}));
	}

	@TestFactory
	Stream<DynamicTest> aRequestThatIsNotAMistakeStillWorks() throws Exception {
		String survey = Files.readString(Path.of("src/test/resources/grandmother.json"));
		RawHttp http = new RawHttp(port);
		return Stream.of(DynamicTest.dynamicTest("the survey with JSON's own content type", () -> {
			RawHttp.Response response = http.send(head(ASSESS, "application/json;charset=UTF-8", bytes(survey).length,
					RawHttp.OFFICIAL), bytes(survey));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("\"rulesVersion\"");
		}));
	}

	private static String head(String requestLine, String type, int length, String authorization) {
		return requestLine + (authorization == null ? "" : "Authorization: " + authorization + "\n") + "Content-Type: " + type
				+ "\nContent-Length: " + length + "\n";
	}

	private static String[] json(String body) {
		return new String[] { head(ASSESS, "application/json", bytes(body).length, RawHttp.OFFICIAL), body };
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String abbreviate(String body) {
		String oneLine = body.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
		return oneLine.length() <= 60 ? "'" + oneLine + "'" : "'" + oneLine.substring(0, 60) + "...' (" + body.length() + ")";
	}

	record Case(String name, String head, byte[] body) {

		Case(String name, String[] headAndBody) {
			this(name, headAndBody[0], bytes(headAndBody[1]));
		}

	}

}
