package org.siao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.Principal;
import java.util.HexFormat;
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
@Tag(name = "Imports", description = "Many households' surveys at once, as JSON Lines")
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

	@PostMapping(path = "/api/v1/imports", consumes = { "application/x-ndjson", "application/jsonl" })
	@Operation(summary = "Import JSON Lines, one {\"household\":\"40010105-12\",\"survey\":{...}} a line. "
			+ "Bad lines are reported and the good ones kept; the same file again resumes or replaces, never doubles")
	Report importLines(HttpServletRequest request, Principal principal, Locale locale) throws IOException {
		// the body is read twice (to know the file, then to import it), so it is copied aside first
		Path copy = Files.createTempFile("siao-import", ".jsonl");
		try {
			String hash;
			try (DigestInputStream in = new DigestInputStream(request.getInputStream(), ImportPages.sha256())) {
				Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				hash = HexFormat.of().formatHex(in.getMessageDigest().digest());
			}
			ImportRun run = runs.startOrResume(hash, principal.getName());
			try (InputStream in = Files.newInputStream(copy)) {
				ImportRun done = importer.run(run, in, principal.getName(), users.scopeOf(principal.getName()), locale,
						r -> {
						});
				return new Report(done, runs.problems(done.id()));
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

}
