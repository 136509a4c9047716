package org.siao.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.siao.users.UserStore;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imports for scripts: the file is the request body, the answer the run and its bad lines. */
@RestController
@Tag(name = "Imports", description = "Many households' surveys at once, as JSON Lines or CSV")
class ImportApi {

	private final ImportRuns runs;

	private final SurveyImporter importer;

	private final UserStore users;

	ImportApi(ImportRuns runs, SurveyImporter importer, UserStore users) {
		this.runs = runs;
		this.importer = importer;
		this.users = users;
	}

	/** The run and its bad lines, each with the line number and the reason. */
	record Report(ImportRun run, List<ImportRuns.Problem> problems) {
	}

	@PostMapping(path = "/api/v1/imports", consumes = { "application/x-ndjson", "application/jsonl", "text/csv" })
	@Operation(summary = "Import JSON Lines (one {\"household\":\"40010105-12\",\"survey\":{...}} a line) or CSV "
			+ "(text/csv: one row per member, the household's code first; columns in docs/import-csv.md). "
			+ "Bad lines are reported and the good ones kept; the same file again resumes or replaces, never doubles. "
			+ "A CSV header with an unknown column or one for names or ID numbers is refused whole (400)")
	Report importFile(HttpServletRequest request, Principal principal, Locale locale)
			throws IOException, CsvSurveys.BadHeader {
		SurveyImporter.Format format = request.getContentType() != null
				&& request.getContentType().toLowerCase(Locale.ROOT).startsWith("text/csv") ? SurveyImporter.Format.CSV
						: SurveyImporter.Format.JSON_LINES;
		try (ImportFile file = ImportFile.copy(request.getInputStream());
				SurveyReader reader = importer.reader(file.open(), format, locale)) {
			ImportRun run = runs.startOrResume(file.hash(), principal.getName(), file.lines());
			ImportRun done = importer.run(run, reader, principal.getName(), users.scopeOf(principal.getName()), locale,
					r -> {
					});
			return new Report(done, runs.problems(done.id()));
		}
	}

}
