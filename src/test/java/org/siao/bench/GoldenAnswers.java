package org.siao.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.siao.assessment.Assessor;
import org.siao.assessment.InvalidSurvey;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Survey;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's full answers, for proving that a change to the engine's speed changes no answer:
 * every casebook household and generated ones (the property tests' generator, seeds 1 to n),
 * each in Thai and in English, one line each: the assessment as the API writes it and the table
 * rows that fired.
 * <p>
 * {@code java -cp ... org.siao.bench.GoldenAnswers write answers.txt [n]} writes them (n = 3000);
 * {@code ... compare answers.txt [n]} assesses again and reports every line that differs (exit
 * status 1 when one does). Keep the file outside the repository: it is a snapshot of answers to
 * the rules as they are, not a test.
 */
public final class GoldenAnswers {

	private GoldenAnswers() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || !List.of("write", "compare").contains(args[0])) {
			System.err.println("usage: GoldenAnswers write|compare <file> [generated households, 3000]");
			System.exit(2);
		}
		int generated = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
		Path file = Path.of(args[1]);
		List<String> answers = answers(generated);
		if (args[0].equals("write")) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				for (String a : answers) {
					out.write(a);
					out.write('\n');
				}
			}
			System.out.printf("%,d answers written to %s%n", answers.size(), file);
			return;
		}
		int differ = 0;
		int line = 0;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String now : answers) {
				String before = in.readLine();
				line++;
				if (!now.equals(before)) {
					if (differ++ < 5) {
						System.out.printf("line %d differs:%n  before %s%n  now    %s%n", line, shorten(before, now),
								shorten(now, before));
					}
				}
			}
			if (in.readLine() != null) {
				System.out.println("the file has more answers than were made now");
				differ++;
			}
		}
		System.out.printf("%,d answers compared, %,d differ%n", answers.size(), differ);
		System.exit(differ == 0 ? 0 : 1);
	}

	/** The text around the first place where {@code a} and {@code b} differ. */
	private static String shorten(String a, String b) {
		if (a == null) {
			return "(none)";
		}
		int at = 0;
		while (b != null && at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
			at++;
		}
		return "…" + a.substring(Math.max(0, at - 120), Math.min(a.length(), at + 200)) + "…";
	}

	static List<String> answers(int generated) throws ReflectiveOperationException {
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		ObjectMapper reading = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		ObjectMapper writing = AssessmentBenchmark.serviceMapper();
		List<String> names = new ArrayList<>();
		List<Survey> surveys = new ArrayList<>();
		for (Case c : CasebookReader.read(Path.of("casebook"))) {
			names.add(c.path());
			surveys.add(c.survey());
		}
		Generator generator = new Generator(book);
		for (long seed = 1; seed <= generated; seed++) {
			names.add("seed " + seed);
			surveys.add(reading.treeToValue(generator.valid(new Random(seed)), Survey.class));
		}
		List<String> out = new ArrayList<>();
		for (int i = 0; i < surveys.size(); i++) {
			for (Language language : List.of(Language.TH, Language.EN)) {
				String answer;
				try {
					Assessor.Traced traced = Assessor.trace(book, surveys.get(i), language);
					answer = writing.writeValueAsString(traced.assessment()) + " fired "
							+ writing.writeValueAsString(traced.fired());
				}
				catch (InvalidSurvey e) {
					answer = "refused " + writing.writeValueAsString(e.problems());
				}
				out.add(names.get(i) + " " + language + " " + answer);
			}
		}
		return out;
	}

	/**
	 * The property tests' household generator (package-private in org.siao.properties, so reached
	 * by reflection, as {@link AssessmentBenchmark#serviceMapper()} reaches the service's mapper).
	 */
	private static final class Generator {

		private final Object surveys;

		private final java.lang.reflect.Method valid;

		Generator(RuleBook book) throws ReflectiveOperationException {
			Class<?> type = Class.forName("org.siao.properties.Surveys");
			var constructor = type.getDeclaredConstructor(RuleBook.class);
			constructor.setAccessible(true);
			this.surveys = constructor.newInstance(book);
			this.valid = type.getDeclaredMethod("valid", Random.class);
			valid.setAccessible(true);
		}

		JsonNode valid(Random random) throws ReflectiveOperationException {
			return (JsonNode) valid.invoke(surveys, random);
		}

	}

}
