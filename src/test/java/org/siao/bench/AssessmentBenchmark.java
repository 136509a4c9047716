package org.siao.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Survey;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessments per second through the engine (survey record in, assessment record out: profile,
 * every table, the DRL plan, wording), on the casebook's households in turn; beside it the cost of
 * only reading the same households from JSON as the service does; and the time to load rules/. Run with {@code mvn -Pbench test-compile exec:exec} (see the README).
 */
@Fork(1)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
public class AssessmentBenchmark {

	@State(Scope.Benchmark)
	public static class Households {

		RuleBook book;

		List<Survey> surveys;

		// the same households as JSON request bodies, and a mapper that reads them as the service does
		List<byte[]> bodies;

		ObjectMapper json;

		@Setup
		public void load() throws ReflectiveOperationException {
			book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
			surveys = CasebookReader.read(Path.of("casebook")).stream().map(Case::survey).toList();
			json = serviceMapper();
			bodies = surveys.stream().map(json::writeValueAsBytes).toList();
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		int next;

	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Assessment assess(Households households, Cursor cursor) {
		Survey survey = households.surveys.get(cursor.next++ % households.surveys.size());
		return Assessor.assess(households.book, survey, Language.TH);
	}

	/**
	 * Only reading the same households' JSON into a survey, with the service's strict settings:
	 * the floor an assessment over HTTP pays before the engine starts.
	 */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Survey parse(Households households, Cursor cursor) {
		byte[] body = households.bodies.get(cursor.next++ % households.bodies.size());
		return households.json.readValue(body, Survey.class);
	}

	/** Reading and assessing: what the engine costs with its input read from JSON. */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Assessment parseAndAssess(Households households, Cursor cursor) {
		byte[] body = households.bodies.get(cursor.next++ % households.bodies.size());
		return Assessor.assess(households.book, households.json.readValue(body, Survey.class), Language.TH);
	}

	/**
	 * A JSON mapper with the settings the service gives Spring's mapper: the strict reading
	 * customizer of the web package (package-private there, so reached by reflection).
	 */
	@SuppressWarnings("unchecked")
	static ObjectMapper serviceMapper() throws ReflectiveOperationException {
		Class<?> type = Class.forName("org.siao.web.StrictJsonConfiguration");
		var constructor = type.getDeclaredConstructor();
		constructor.setAccessible(true);
		var method = type.getDeclaredMethod("strictReading");
		method.setAccessible(true);
		JsonMapperBuilderCustomizer strict = (JsonMapperBuilderCustomizer) method.invoke(constructor.newInstance());
		JsonMapper.Builder builder = JsonMapper.builder();
		strict.customize(builder);
		return builder.build();
	}

	/** A reload in a running service: the JVM is warm. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public RuleBook loadRulesWarm() {
		return new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
	}

	/**
	 * Start to first answer for the engine: a fresh JVM loads and checks rules/ and assesses one
	 * casebook household (the service adds Spring's start-up to this).
	 */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public Assessment firstAnswerCold() {
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		Survey survey = CasebookReader.read(Path.of("casebook")).get(0).survey();
		return Assessor.assess(book, survey, Language.TH);
	}

	/** The first load at start-up: a fresh JVM each time. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public RuleBook loadRulesCold() {
		return new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
	}

}
