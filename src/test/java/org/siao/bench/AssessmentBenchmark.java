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

/**
 * Assessments per second through the engine (survey record in, assessment record out: profile,
 * every table, the DRL plan, wording), on the casebook's households in turn; and the time to load
 * rules/. Run with {@code mvn -Pbench test-compile exec:exec} (see the README).
 */
@Fork(1)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
public class AssessmentBenchmark {

	@State(Scope.Benchmark)
	public static class Households {

		RuleBook book;

		List<Survey> surveys;

		@Setup
		public void load() {
			book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
			surveys = CasebookReader.read(Path.of("casebook")).stream().map(Case::survey).toList();
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

	/** A reload in a running service: the JVM is warm. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public RuleBook loadRulesWarm() {
		return new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
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
