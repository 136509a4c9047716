package org.siao.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

import org.siao.users.Scope;
import org.siao.users.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The import page: upload a JSON Lines or CSV file, watch the progress bar (server-sent events), then
 * read the bad lines. Uploading the same file again resumes an import that stopped half-way.
 */
@Controller
public class ImportPages {

	private static final Logger log = LoggerFactory.getLogger(ImportPages.class);

	private final ImportRuns runs;

	private final SurveyImporter importer;

	private final ImportProgress progress;

	private final ExecutorService worker;

	private final UserStore users;

	ImportPages(ImportRuns runs, SurveyImporter importer, ImportProgress progress, ExecutorService importWorker,
			UserStore users) {
		this.runs = runs;
		this.importer = importer;
		this.progress = progress;
		this.worker = importWorker;
		this.users = users;
	}

	@GetMapping("/imports")
	String form() {
		return "imports/form";
	}

	/** The CSV header with every column the survey has, to fill in: generated, so it never lags the survey. */
	@GetMapping(path = "/imports/columns.csv", produces = "text/csv")
	@org.springframework.web.bind.annotation.ResponseBody
	String columns(jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Content-Disposition", "attachment; filename=siao-import.csv");
		return SurveyColumns.header() + "\n";
	}

	@PostMapping("/imports")
	String upload(@RequestParam("file") MultipartFile file, Principal principal, Locale locale, Model page)
			throws IOException {
		if (file.isEmpty()) {
			return "redirect:/imports?empty";
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		SurveyImporter.Format format = name.endsWith(".csv") || "text/csv".equals(file.getContentType())
				? SurveyImporter.Format.CSV : SurveyImporter.Format.JSON_LINES;
		ImportFile copy = ImportFile.copy(file.getInputStream());
		SurveyReader reader;
		try {
			reader = importer.reader(copy.open(), format, locale);
		}
		catch (CsvSurveys.BadHeader e) {
			copy.close();
			page.addAttribute("refused", e.getMessage());
			return "imports/form";
		}
		String user = principal.getName();
		Scope scope = users.scopeOf(user);
		ImportRun run = runs.startOrResume(copy.hash(), user, copy.lines());
		worker.submit(() -> {
			try (copy; reader) {
				importer.run(run, reader, user, scope, locale, progress::report);
			}
			catch (Exception e) {
				log.error("import {} stopped: {}", run.id(), e.toString());
			}
		});
		return "redirect:/imports/" + run.id();
	}

	@GetMapping("/imports/{id}")
	String run(@PathVariable long id, Principal principal, Model page) {
		ImportRun run = mine(id, principal);
		page.addAttribute("run", run);
		page.addAttribute("problems", run.finished() ? runs.problems(id) : java.util.List.of());
		return "imports/run";
	}

	@GetMapping(path = "/imports/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable long id, Principal principal) {
		return progress.watch(mine(id, principal));
	}

	private ImportRun mine(long id, Principal principal) {
		return runs.find(id)
			.filter(r -> r.userName().equals(principal.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
