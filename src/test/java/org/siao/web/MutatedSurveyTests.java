package org.siao.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated mutations of a real survey (fields deleted, given twice, renamed, or given values of
 * another kind, extreme numbers and dates), sent to a running server: each is either assessed or
 * refused with a 4xx problem in words, never a failure. The generator is seeded, so a failure is
 * reproduced by its test name; {@code -Dsiao.mutations.seed=...} explores other surveys.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MutatedSurveyTests {

	private static final int MUTATIONS = 400;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> aMutatedSurveyIsAssessedOrRefusedInWords() throws Exception {
		long seed = Long.getLong("siao.mutations.seed", 20261129L);
		Object survey = JSON.readValue(Files.readString(Path.of("src/test/resources/grandmother.json")), Object.class);
		List<List<Object>> paths = new ArrayList<>();
		collect(survey, new ArrayList<>(), paths);
		Random random = new Random(seed);
		URI assessments = URI.create("http://127.0.0.1:" + port + "/api/v1/assessments");
		return IntStream.range(0, MUTATIONS).mapToObj(i -> {
			String body = mutate(survey, paths, random);
			return DynamicTest.dynamicTest("seed " + seed + ", mutation " + i, () -> {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(assessments)
					.header("Authorization", RawHttp.OFFICIAL).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				STATUSES.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
				if (response.statusCode() == 200) {
					assertThat(response.body()).contains("\"rulesVersion\"");
					return;
				}
				ProblemAssertions.assertProblem(body, response.statusCode(),
						response.headers().firstValue("Content-Type").orElse(""), response.body());
			});
		});
	}

	@AfterAll
	static void tally() {
		// how the mutations came out, for the record: most must be refused, some still assessed
		System.out.println("Mutated surveys by status: " + new TreeMap<>(STATUSES));
	}

	private static String mutate(Object survey, List<List<Object>> paths, Random random) {
		Object copy = JSON.readValue(JSON.writeValueAsString(survey), Object.class);
		List<String> twice = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int m = 0; m < count; m++) {
			List<Object> path = paths.get(random.nextInt(paths.size()));
			Object parent = at(copy, path.subList(0, path.size() - 1));
			Object key = path.get(path.size() - 1);
			int kind = random.nextInt(4);
			Object value = value(random);
			if (parent instanceof Map<?, ?> map && key instanceof String name && map.containsKey(name)) {
				@SuppressWarnings("unchecked")
				Map<String, Object> object = (Map<String, Object>) map;
				switch (kind) {
				case 0 -> object.remove(name);
				case 1 -> object.put(name, value);
				case 2 -> object.put(name + "X", object.remove(name));
				default -> twice.add(name + "\u0000" + JSON.writeValueAsString(value));
				}
			}
			else if (parent instanceof List<?> list && key instanceof Integer i && i < list.size()) {
				@SuppressWarnings("unchecked")
				List<Object> array = (List<Object>) list;
				switch (kind) {
				case 0 -> array.remove((int) i);
				case 1, 2 -> array.set(i, value);
				default -> array.add(i, array.get(i));
				}
			}
		}
		String body = JSON.writeValueAsString(copy);
		for (String duplicate : twice) {
			// the key given twice: once with another value, then as it was
			String name = duplicate.substring(0, duplicate.indexOf('\u0000'));
			String other = duplicate.substring(duplicate.indexOf('\u0000') + 1);
			String key = "\"" + name + "\":";
			body = body.replaceFirst(Pattern.quote(key), Matcher.quoteReplacement(key + other + "," + key));
		}
		return body;
	}

	/** Values of every kind, including the extremes that once overflowed the engine. */
	private static Object value(Random random) {
		Object[] fixed = { true, false, 0, 1, 2, -1, "", " ", "true", "48000", "HEAD", "P4", "m1", "null", null,
				List.of(), Map.of(), List.of(Map.of()), new BigDecimal("1e400"), new BigDecimal("48000.9"),
				new BigDecimal("-1e-400"), new BigDecimal("99999999999999999999999"), Long.MAX_VALUE, Integer.MIN_VALUE,
				Double.MAX_VALUE, "-999999999-01-01", "+999999999-12-31", "2569-11-29", "0000-01-01", "1879-12-31",
				"2099-01-01", "2024-02-30", "2024-13-01", "24-06-15", "15/06/2567", "2024-06-15T10:00" };
		return switch (random.nextInt(5)) {
		case 0 -> random.nextInt();
		case 1 -> random.nextLong();
		case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(20)) * (random.nextBoolean() ? 1 : -1);
		case 3 -> randomText(random);
		default -> fixed[random.nextInt(fixed.length)];
		};
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(40);
		for (int i = 0; i < length; i++) {
			// ASCII, Thai and control characters
			int range = random.nextInt(3);
			text.append((char) (range == 0 ? 32 + random.nextInt(95) : range == 1 ? 0x0E01 + random.nextInt(90) : random.nextInt(32)));
		}
		return text.toString();
	}

	private static Object at(Object tree, List<Object> path) {
		Object node = tree;
		for (Object step : path) {
			if (node instanceof Map<?, ?> map) {
				node = map.get(step);
			}
			else if (node instanceof List<?> list && step instanceof Integer i && i < list.size()) {
				node = list.get(i);
			}
			else {
				return null;
			}
		}
		return node;
	}

	private static void collect(Object node, List<Object> path, List<List<Object>> paths) {
		if (node instanceof Map<?, ?> map) {
			for (Object key : new LinkedHashMap<>(map).keySet()) {
				List<Object> next = new ArrayList<>(path);
				next.add(key);
				paths.add(next);
				collect(map.get(key), next, paths);
			}
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				List<Object> next = new ArrayList<>(path);
				next.add(i);
				paths.add(next);
				collect(list.get(i), next, paths);
			}
		}
	}

}
