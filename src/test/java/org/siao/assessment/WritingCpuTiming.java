package org.siao.assessment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Survey;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an assessment costs after its tables are evaluated, apart from the tables: the plan and the
 * answer in words ({@link Assessor#write}) from results evaluated once, and writing that answer as
 * JSON, each in CPU time of the measuring thread, the casebook's households in turn, in Thai.
 * {@code java -cp ... org.siao.assessment.WritingCpuTiming [warm-up s] [measure s]}. A benchmark,
 * not a test: run by hand, side by side with another build, since this machine's load moves it.
 */
public final class WritingCpuTiming {

	public static void main(String[] args) throws Exception {
		double warm = args.length > 0 ? Double.parseDouble(args[0]) : 10;
		double measure = args.length > 1 ? Double.parseDouble(args[1]) : 9;
		Language language = args.length > 2 ? Language.valueOf(args[2]) : Language.TH;
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		List<Survey> surveys = CasebookReader.read(Path.of("casebook")).stream().map(Case::survey).toList();
		List<Evaluation> evaluations = new ArrayList<>();
		surveys.forEach(s -> evaluations.add(Assessor.evaluate(book, s, language)));
		ObjectMapper json = JsonMapper.builder().build();
		List<Assessment> answers = new ArrayList<>();
		for (int i = 0; i < surveys.size(); i++) {
			answers.add(Assessor.write(book, surveys.get(i), language, evaluations.get(i)));
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 0; round <= 3; round++) {
			double seconds = round == 0 ? warm : measure / 3;
			double write = time(threads, seconds / 2, n -> Assessor.write(book, surveys.get(n), language, evaluations.get(n))
				.recommendations().size(), surveys.size());
			double toJson = time(threads, seconds / 2, n -> json.writeValueAsBytes(answers.get(n)).length, surveys.size());
			if (round > 0) {
				System.out.printf("round %d: plan and words %.1f µs CPU, JSON %.1f µs CPU an assessment%n", round, write, toJson);
			}
		}
	}

	/** Mean CPU µs of one call, calling {@code work} with 0, 1, ... n-1 in turn for {@code seconds} of CPU. */
	private static double time(ThreadMXBean threads, double seconds, java.util.function.IntUnaryOperator work, int n) {
		long cpu0 = threads.getCurrentThreadCpuTime();
		long budget = (long) (seconds * 1e9);
		long done = 0;
		int sink = 0;
		while (threads.getCurrentThreadCpuTime() - cpu0 < budget) {
			for (int i = 0; i < 50; i++) {
				sink += work.applyAsInt((int) (done++ % n));
			}
		}
		if (sink == 42) {
			System.out.print("");
		}
		return (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / done;
	}

}
