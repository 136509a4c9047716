package org.siao.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.siao.assessment.InvalidSurvey;
import org.siao.households.HouseholdCode;
import org.siao.households.Households;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines, one household's survey a line ({@code {"household":"40010105-12","survey":{...}}}),
 * and keeps each good one as that household's visit. A bad line is recorded with its number and
 * reason and the import goes on. Streamed: one line in memory at a time. Lines already done by an
 * interrupted run of the same file are skipped; keeping the same survey twice replaces it, so
 * nothing is ever doubled.
 */
public class SurveyImporter {

	/** How often progress is written and reported, in lines. */
	static final int STEP = 50;

	private final ImportRuns runs;

	private final Households households;

	private final JsonMapper json;

	private final Validator validator;

	SurveyImporter(ImportRuns runs, Households households, JsonMapper json, Validator validator) {
		this.runs = runs;
		this.households = households;
		this.json = json;
		this.validator = validator;
	}

	/** One line of the file. */
	record Line(String household, Survey survey) {
	}

	ImportRun run(ImportRun run, InputStream in, String user, Scope scope, Locale locale, Consumer<ImportRun> progress)
			throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		int number = 0;
		int kept = run.kept();
		int bad = run.bad();
		String text;
		while ((text = reader.readLine()) != null) {
			number++;
			if (number <= run.linesDone() || text.isBlank()) {
				continue;
			}
			String reason = keep(text, user, scope, locale);
			if (reason == null) {
				kept++;
			}
			else {
				bad++;
				runs.problem(run.id(), number, reason);
			}
			if (number % STEP == 0) {
				runs.progress(run.id(), number, kept, bad, false);
				progress.accept(new ImportRun(run.id(), run.fileHash(), user, number, kept, bad, false));
			}
		}
		runs.progress(run.id(), number, kept, bad, true);
		ImportRun done = runs.find(run.id()).orElseThrow();
		progress.accept(done);
		return done;
	}

	/** Keeps one line; the reason it could not, or null. */
	private String keep(String text, String user, Scope scope, Locale locale) {
		boolean english = locale.getLanguage().equals("en");
		Line line;
		try {
			line = json.readValue(text, Line.class);
		}
		catch (JacksonException e) {
			return (english ? "not a survey in JSON: " : "ไม่ใช่แบบสำรวจในรูป JSON: ") + e.getOriginalMessage();
		}
		if (line.survey() == null || line.household() == null) {
			return english ? "a line needs household and survey" : "แต่ละบรรทัดต้องมี household และ survey";
		}
		var code = HouseholdCode.parse(line.household());
		if (code.isEmpty()) {
			return english ? "household is a village code and a number, like 40010105-12"
					: "household ต้องเป็นรหัสหมู่บ้านและเลขครัวเรือน เช่น 40010105-12";
		}
		Set<ConstraintViolation<Survey>> violations = validator.validate(line.survey());
		if (!violations.isEmpty()) {
			ConstraintViolation<Survey> first = violations.stream()
				.min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
				.orElseThrow();
			return first.getPropertyPath() + ": " + first.getMessage();
		}
		try {
			Households.Kept kept = households.keep(code.get(), line.survey(), user, scope);
			if (!kept.ok()) {
				return kept.refusal() == Households.Refusal.OUT_OF_AREA
						? (english ? "this village is outside your area" : "หมู่บ้านนี้อยู่นอกพื้นที่ของท่าน")
						: (english ? "the survey's village is not the household's village"
								: "หมู่บ้านในแบบสำรวจไม่ใช่หมู่บ้านของครัวเรือน");
			}
			return null;
		}
		catch (InvalidSurvey e) {
			List<String> problems = e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
			return String.join("; ", problems);
		}
	}

}
