package org.siao.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Survey;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one {@code POST /api/v1/assessments} costs inside the service, step by step, in CPU time of
 * the measuring thread (which a busy machine changes far less than wall-clock figures): reading the
 * survey's JSON strictly, checking it (Bean Validation), assessing it, and writing the answer's
 * JSON as the service does. What the load test's CPU per request adds on top of the sum is the
 * HTTP server, Spring MVC, security, metrics, the garbage collector and the kernel's sockets.
 * <p>
 * {@code java -cp ... org.siao.web.PostCpuTiming [survey.json] [warm-up s] [measure s]}, from the
 * project folder (it reads {@code rules/}).
 */
public final class PostCpuTiming {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args.length > 0 ? args[0] : "src/test/resources/grandmother.json");
		double warm = args.length > 1 ? Double.parseDouble(args[1]) : 15;
		double measure = args.length > 2 ? Double.parseDouble(args[2]) : 5;
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		ObjectMapper json = serviceMapper();
		byte[] body = Files.readAllBytes(file);
		Survey survey = json.readValue(body, Survey.class);
		Assessment answer = Assessor.assess(book, survey, Language.TH);
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			Step[] steps = {
				new Step("read the survey (strict JSON)", () -> json.readValue(body, Survey.class)),
				new Step("check it (Bean Validation)", () -> validator.validate(survey)),
				new Step("assess it (engine)", () -> Assessor.assess(book, survey, Language.TH)),
				new Step("write the answer (JSON, " + json.writeValueAsBytes(answer).length + " bytes)",
						() -> json.writeValueAsBytes(answer)) };
			for (Step step : steps) {
				step.time(warm / steps.length);
			}
			double total = 0;
			for (Step step : steps) {
				double micros = step.time(measure);
				total += micros;
				System.out.printf("%-44s %8.1f µs CPU%n", step.name, micros);
			}
			System.out.printf("%-44s %8.1f µs CPU%n", "sum", total);
		}
	}

	/** The service's mapper: Spring Boot's defaults plus the strict reading the service adds. */
	static ObjectMapper serviceMapper() {
		JsonMapper.Builder builder = JsonMapper.builder().findAndAddModules();
		new StrictJsonConfiguration().strictReading().customize(builder);
		return builder.build();
	}

	private record Step(String name, Supplier<Object> work) {

		/** Mean CPU time of one run, in microseconds, over about {@code seconds} of CPU. */
		double time(double seconds) {
			long budget = (long) (seconds * 1e9);
			long start = THREADS.getCurrentThreadCpuTime();
			long n = 0;
			int sink = 0;
			while (THREADS.getCurrentThreadCpuTime() - start < budget) {
				for (int i = 0; i < 20; i++, n++) {
					sink += System.identityHashCode(work.get()) & 1;
				}
			}
			if (sink == -1) {
				System.out.print("");
			}
			return (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / n;
		}

	}

}
