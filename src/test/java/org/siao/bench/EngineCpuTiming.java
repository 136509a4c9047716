package org.siao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.siao.assessment.Assessor;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Survey;

/**
 * The engine's cost in CPU time of the measuring thread, which a busy machine does not change as
 * much as wall-clock throughput: the casebook's households in turn, one thread, after a warm-up.
 * {@code java -cp ... org.siao.bench.EngineCpuTiming [warm-up s] [measure s] [profile.jfr]}: with a
 * file name, a Flight Recorder profile (the JDK's "profile" settings, method samples every 2 ms) is
 * taken of the measured rounds only, after the warm-up. With {@code -Dsiao.bench.parse=true} it
 * times only reading the same households from JSON with the service's strict settings instead;
 * with {@code -Dsiao.bench.evaluate=true} only the first two steps of an assessment: the profile
 * and every table (the package-private {@code Evaluation}, reached by reflection).
 */
public final class EngineCpuTiming {

	public static void main(String[] args) throws Throwable {
		double warm = args.length > 0 ? Double.parseDouble(args[0]) : 20;
		double measure = args.length > 1 ? Double.parseDouble(args[1]) : 20;
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		List<Survey> surveys = CasebookReader.read(Path.of("casebook")).stream().map(Case::survey).toList();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		if (Boolean.getBoolean("siao.bench.parse")) {
			parseOnly(surveys, threads, warm, measure);
			return;
		}
		Step step = Boolean.getBoolean("siao.bench.evaluate") ? evaluationOnly() : (b, s) -> Assessor.assess(b, s, Language.TH)
			.recommendations().size();
		run(book, surveys, threads, warm, step);
		jdk.jfr.Recording recording = null;
		if (args.length > 2) {
			recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
			recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
			recording.start();
		}
		for (int round = 1; round <= 3; round++) {
			long[] done = run(book, surveys, threads, measure / 3, step);
			System.out.printf("round %d: %,d assessments, %.1f µs CPU each, %,.0f a CPU-second (wall %,.0f a second)%n",
					round, done[0], done[1] / 1e3 / done[0], done[0] * 1e9 / done[1], done[0] * 1e9 / done[2]);
		}
		if (recording != null) {
			recording.stop();
			recording.dump(Path.of(args[2]));
		}
	}

	private static void parseOnly(List<Survey> surveys, ThreadMXBean threads, double warm, double measure)
			throws ReflectiveOperationException {
		tools.jackson.databind.ObjectMapper json = AssessmentBenchmark.serviceMapper();
		List<byte[]> bodies = surveys.stream().map(json::writeValueAsBytes).toList();
		for (int round = 0; round <= 3; round++) {
			long cpu0 = threads.getCurrentThreadCpuTime();
			long budget = (long) ((round == 0 ? warm : measure / 3) * 1e9);
			long n = 0;
			int sink = 0;
			while (threads.getCurrentThreadCpuTime() - cpu0 < budget) {
				for (int i = 0; i < 50; i++) {
					sink += json.readValue(bodies.get((int) (n++ % bodies.size())), Survey.class).members().size();
				}
			}
			long cpu = threads.getCurrentThreadCpuTime() - cpu0;
			if (round > 0) {
				System.out.printf("parse round %d: %,d surveys, %.1f µs CPU each (%d)%n", round, n, cpu / 1e3 / n, sink % 2);
			}
		}
	}

	/** What is timed for one household; its answer is folded into a sum so that it is not optimised away. */
	private interface Step {
		int run(RuleBook book, Survey survey) throws Throwable;
	}

	private static Step evaluationOnly() throws ReflectiveOperationException {
		Class<?> evaluation = Class.forName("org.siao.assessment.Evaluation");
		java.lang.reflect.Method run = evaluation.getDeclaredMethod("run", RuleBook.class, org.siao.survey.Profile.class);
		run.setAccessible(true);
		java.lang.invoke.MethodHandle handle = java.lang.invoke.MethodHandles.lookup().unreflect(run);
		return (book, survey) -> handle.invoke(book, org.siao.survey.Profile.of(survey)) == null ? 0 : 1;
	}

	private static long[] run(RuleBook book, List<Survey> surveys, ThreadMXBean threads, double seconds, Step step) throws Throwable {
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		long budget = (long) (seconds * 1e9);
		long n = 0;
		int hash = 0;
		while (threads.getCurrentThreadCpuTime() - cpu0 < budget) {
			for (int i = 0; i < 50; i++) {
				hash += step.run(book, surveys.get((int) (n++ % surveys.size())));
			}
		}
		if (hash == 42) {
			System.out.print("");
		}
		return new long[] {n, threads.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0};
	}

}
