package org.siao.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.siao.assessment.InvalidSurvey;
import org.siao.catalogue.Language;
import org.siao.households.HouseholdCode;
import org.siao.households.Households;
import org.siao.summaries.AreaTallies;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file of surveys, JSON Lines or CSV, streamed: entries are read in batches, each batch
 * is parsed (JSON Lines) and assessed on the assessing threads (one per core) while the next ones
 * are read, and stored in file order, one transaction per batch that also records how far the
 * import got and its bad lines. At most a few batches are in flight (the reader waits for the
 * oldest to be stored), so memory stays the same whatever the file's size. An interrupted import
 * resumes after the last batch stored; keeping the same survey twice replaces it, so nothing is
 * ever doubled.
 */
public class SurveyImporter {

	/** The formats a file may have. */
	public enum Format {
		JSON_LINES, CSV
	}

	/** Households per batch: one transaction, a few statements whatever its size. */
	private final int batchSize;

	private final ImportRuns runs;

	private final Households households;

	private final JsonMapper json;

	private final Validator validator;

	private final ExecutorService assessors;

	private final AreaTallies tallies;

	/** Batches being assessed or waiting to be stored, at most. */
	private final int window;

	SurveyImporter(ImportRuns runs, Households households, JsonMapper json, Validator validator,
			ExecutorService assessors, int threads, int batchSize, AreaTallies tallies) {
		this.runs = runs;
		this.households = households;
		this.json = json;
		this.validator = validator;
		this.assessors = assessors;
		this.window = 2 * threads + 1;
		this.batchSize = batchSize;
		this.tallies = tallies;
	}

	/**
	 * The reader of the file, or why it cannot be imported at all (a CSV header with an unknown or
	 * personal column): checked before a run is started.
	 */
	SurveyReader reader(InputStream in, Format format, Locale locale) throws IOException, CsvSurveys.BadHeader {
		BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		ImportWords words = ImportWords.of(locale);
		return format == Format.CSV ? new CsvSurveys(lines, json, words) : new JsonLinesSurveys(lines, json, words);
	}

	/**
	 * Imports a whole file on the calling thread, as the API does: resumes the user's unfinished
	 * run of the same file, or starts one. For scripts and benchmarks.
	 */
	public ImportRun importFile(InputStream in, Format format, String user, Scope scope, Locale locale)
			throws IOException, CsvSurveys.BadHeader {
		try (ImportFile file = ImportFile.copy(in); SurveyReader reader = reader(file.open(), format, locale)) {
			ImportRun run = runs.startOrResume(file.hash(), user, file.lines());
			return run(run, reader, user, scope, locale, r -> {
			});
		}
	}

	/** One entry's outcome: a visit to store, or problems. */
	private record Outcome(Households.Prepared prepared, List<ImportRuns.Problem> problems) {
	}

	private record Batch(int lastLine, List<Outcome> outcomes) {
	}

	ImportRun run(ImportRun run, SurveyReader reader, String user, Scope scope, Locale locale,
			Consumer<ImportRun> progress) throws IOException {
		ImportWords words = ImportWords.of(locale);
		Deque<CompletableFuture<Batch>> inFlight = new ArrayDeque<>();
		int[] counts = { run.kept(), run.bad(), run.linesDone() };
		try {
			List<Entry> entries = new ArrayList<>(batchSize);
			Entry entry;
			while ((entry = reader.next()) != null) {
				if (entry.lastLine() <= run.linesDone()) {
					continue;
				}
				entries.add(entry);
				if (entries.size() == batchSize) {
					List<Entry> batch = entries;
					inFlight.add(CompletableFuture.supplyAsync(() -> assess(batch, scope, words), assessors));
					entries = new ArrayList<>(batchSize);
					if (inFlight.size() >= window) {
						store(run, inFlight.poll(), user, counts, progress);
					}
				}
			}
			if (!entries.isEmpty()) {
				List<Entry> batch = entries;
				inFlight.add(CompletableFuture.supplyAsync(() -> assess(batch, scope, words), assessors));
			}
			while (!inFlight.isEmpty()) {
				store(run, inFlight.poll(), user, counts, progress);
			}
		}
		finally {
			inFlight.forEach(f -> f.cancel(true));
		}
		// the summaries of the villages imported are counted now, not by the first person to open one
		tallies.refresh(null);
		runs.progress(run.id(), counts[2], counts[0], counts[1], true);
		ImportRun done = runs.find(run.id()).orElseThrow();
		progress.accept(done);
		return done;
	}

	/** Stores the oldest batch with the run's new position and its bad lines, in one transaction. */
	private void store(ImportRun run, CompletableFuture<Batch> next, String user, int[] counts,
			Consumer<ImportRun> progress) {
		Batch batch;
		try {
			batch = next.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
		List<Households.Prepared> visits = new ArrayList<>();
		List<ImportRuns.Problem> problems = new ArrayList<>();
		for (Outcome outcome : batch.outcomes()) {
			if (outcome.prepared() != null) {
				visits.add(outcome.prepared());
			}
			problems.addAll(outcome.problems());
		}
		int kept = counts[0] + visits.size();
		int bad = counts[1] + problems.size();
		households.keepAll(visits, user, () -> {
			runs.problems(run.id(), problems);
			runs.progress(run.id(), batch.lastLine(), kept, bad, false);
		});
		counts[0] = kept;
		counts[1] = bad;
		counts[2] = batch.lastLine();
		progress.accept(new ImportRun(run.id(), run.fileHash(), user, counts[2], kept, bad, false, run.linesTotal()));
	}

	/** Assesses a batch, on an assessing thread. */
	private Batch assess(List<Entry> entries, Scope scope, ImportWords words) {
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(words.locale());
		try {
			List<Outcome> outcomes = new ArrayList<>(entries.size());
			for (Entry entry : entries) {
				Entry parsed = entry instanceof Entry.Unparsed later ? later.parse().get() : entry;
				outcomes.add(parsed instanceof Entry.Read read ? assess(read, scope, words)
						: new Outcome(null, ((Entry.Unread) parsed).problems()));
			}
			return new Batch(entries.get(entries.size() - 1).lastLine(), outcomes);
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	private Outcome assess(Entry.Read read, Scope scope, ImportWords words) {
		var code = HouseholdCode.parse(read.household());
		if (code.isEmpty()) {
			return problem(read.firstLine(), words.text("household.code"));
		}
		Set<ConstraintViolation<Survey>> violations = validator.validate(read.survey());
		if (!violations.isEmpty()) {
			ConstraintViolation<Survey> first = violations.stream()
				.min(Comparator.comparing(v -> v.getPropertyPath().toString()))
				.orElseThrow();
			String field = first.getPropertyPath().toString();
			return problem(read.lineOf(field), field + ": " + first.getMessage());
		}
		try {
			Households.Prepared prepared = households.prepare(code.get(), read.survey(), scope,
					Language.of(words.locale()));
			if (!prepared.ok()) {
				return problem(read.firstLine(), words.text(prepared.refusal() == Households.Refusal.OUT_OF_AREA
						? "area.outside" : "area.otherVillage"));
			}
			return new Outcome(prepared, List.of());
		}
		catch (InvalidSurvey e) {
			var first = e.problems().get(0);
			return problem(read.lineOf(first.field()), String.join("; ",
					e.problems().stream().map(p -> p.field() + ": " + p.message()).toList()));
		}
	}

	private static Outcome problem(int line, String reason) {
		return new Outcome(null, List.of(new ImportRuns.Problem(line, reason)));
	}

}
