package org.siao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
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
 * The import page: upload a JSON Lines file, watch the progress bar (server-sent events), then
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

	@PostMapping("/imports")
	String upload(@RequestParam("file") MultipartFile file, Principal principal, Locale locale) throws IOException {
		if (file.isEmpty()) {
			return "redirect:/imports?empty";
		}
		Path copy = Files.createTempFile("siao-import", ".jsonl");
		String hash;
		try (InputStream in = new DigestInputStream(file.getInputStream(), sha256())) {
			Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			hash = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		String user = principal.getName();
		Scope scope = users.scopeOf(user);
		ImportRun run = runs.startOrResume(hash, user);
		worker.submit(() -> {
			try (InputStream in = Files.newInputStream(copy)) {
				importer.run(run, in, user, scope, locale, progress::report);
			}
			catch (Exception e) {
				log.error("import {} stopped: {}", run.id(), e.toString());
			}
			finally {
				try {
					Files.deleteIfExists(copy);
				}
				catch (IOException e) {
					log.warn("could not remove an import's temporary copy");
				}
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

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
