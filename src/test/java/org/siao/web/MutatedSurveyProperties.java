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

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.siao.SiaoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated mutations of a real survey (fields deleted, given twice, renamed, or given values of
 * another kind, extreme numbers and dates), sent to a running server: each is either assessed or
 * refused with a 4xx problem in words, never a failure. jqwik shrinks a failing body to a small one.
 */
class MutatedSurveyProperties {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// one server for all tries of this container: started before them, stopped after
	private static ConfigurableApplicationContext server;

	private static URI assessments;

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeContainer
	static void start() {
		server = new SpringApplicationBuilder(SiaoApplication.class).run("--server.port=0", "--siao.rules.watch-interval=0");
		assessments = URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port")
				+ "/api/v1/assessments");
	}

	@AfterContainer
	static void stop() {
		server.close();
	}

	@Property(tries = 300)
	void aMutatedSurveyIsAssessedOrRefusedInWords(@ForAll("mutatedSurveys") String body) throws Exception {
		HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(assessments)
			.header("Authorization", RawHttp.OFFICIAL).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		Statistics.collect(response.statusCode());
		if (response.statusCode() == 200) {
			assertThat(response.body()).contains("\"rulesVersion\"");
			return;
		}
		ProblemAssertions.assertProblem(body, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	@Provide
	Arbitrary<String> mutatedSurveys() throws Exception {
		Object survey = JSON.readValue(Files.readString(Path.of("src/test/resources/grandmother.json")), Object.class);
		List<List<Object>> paths = new ArrayList<>();
		collect(survey, new ArrayList<>(), paths);
		Arbitrary<Mutation> mutation = Combinators
			.combine(Arbitraries.of(paths), Arbitraries.of(Kind.values()), values())
			.as(Mutation::new);
		return mutation.list().ofMinSize(1).ofMaxSize(3).map(mutations -> apply(survey, mutations));
	}

	/** Values of every kind, including the extremes that once overflowed the engine. */
	private static Arbitrary<Object> values() {
		return Arbitraries.oneOf(
				Arbitraries.of(true, false, 0, 1, 2, -1, "", " ", "true", "48000", "HEAD", "P4", "m1", "null"),
				Arbitraries.integers().map(i -> (Object) i), Arbitraries.longs().map(l -> (Object) l),
				Arbitraries.doubles().map(d -> (Object) d),
				Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("48000.9"), new BigDecimal("-1e-400"),
						new BigDecimal("99999999999999999999999"), Long.MAX_VALUE, Integer.MIN_VALUE),
				Arbitraries.of("-999999999-01-01", "+999999999-12-31", "2569-11-29", "0000-01-01", "1879-12-31",
						"2099-01-01", "2024-02-30", "2024-13-01", "24-06-15", "15/06/2567", "2024-06-15T10:00"),
				Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
				Arbitraries.just(List.of()), Arbitraries.just(Map.of()), Arbitraries.just(List.of(Map.of())),
				Arbitraries.just(null));
	}

	private static String apply(Object survey, List<Mutation> mutations) {
		Object copy = JSON.readValue(JSON.writeValueAsString(survey), Object.class);
		List<String> duplicated = new ArrayList<>();
		for (Mutation m : mutations) {
			Object parent = at(copy, m.path().subList(0, m.path().size() - 1));
			Object key = m.path().get(m.path().size() - 1);
			if (parent instanceof Map<?, ?> map && key instanceof String name && map.containsKey(name)) {
				@SuppressWarnings("unchecked")
				Map<String, Object> object = (Map<String, Object>) map;
				switch (m.kind()) {
				case DELETE -> object.remove(name);
				case REPLACE -> object.put(name, m.value());
				case RENAME -> object.put(name + "X", object.remove(name));
				case DUPLICATE -> duplicated.add("\"" + name + "\":" + JSON.writeValueAsString(m.value()) + ",\"" + name + "\":");
				}
			}
			else if (parent instanceof List<?> list && key instanceof Integer i && i < list.size()) {
				@SuppressWarnings("unchecked")
				List<Object> array = (List<Object>) list;
				switch (m.kind()) {
				case DELETE -> array.remove((int) i);
				case REPLACE, RENAME -> array.set(i, m.value());
				case DUPLICATE -> array.add(i, array.get(i));
				}
			}
		}
		String body = JSON.writeValueAsString(copy);
		for (String twice : duplicated) {
			String key = twice.substring(twice.lastIndexOf(",\"") + 1);
			body = body.replaceFirst(java.util.regex.Pattern.quote(key), java.util.regex.Matcher.quoteReplacement(twice));
		}
		return body;
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

	enum Kind {
		DELETE, REPLACE, RENAME, DUPLICATE
	}

	record Mutation(List<Object> path, Kind kind, Object value) {
	}

}
