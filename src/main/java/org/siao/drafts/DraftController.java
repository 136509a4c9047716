package org.siao.drafts;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.siao.releases.Bundle;
import org.siao.releases.LiveMoved;
import org.siao.releases.LiveReleases;
import org.siao.releases.Release;
import org.siao.rulebook.RuleBook;
import org.siao.survey.Survey;
import org.siao.system.ServiceMetrics;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Policy staff change rules here: make a draft of the live release (a file, a zip, then files and
 * cases one by one), read its checks and its effect on the casebook and on any households,
 * publish it (now, at a time, or after a second person's approval), rebase it when the live rules
 * moved, roll back. Nothing reaches the live rules except through the release publisher.
 */
@RestController
@Validated
class DraftController {

	private final RuleDrafts drafts;

	private final LiveReleases releases;

	private final DraftChecks checks;

	private final EffectComparer effects = new EffectComparer();

	private final ServiceMetrics metrics;

	DraftController(RuleDrafts drafts, LiveReleases releases, DraftChecks checks, ServiceMetrics metrics) {
		this.drafts = drafts;
		this.releases = releases;
		this.checks = checks;
		this.metrics = metrics;
	}

	/**
	 * One rule file (with the {@code path} it replaces, e.g. programmes/cash.dmn), or a zip of a
	 * whole rules folder, turned into edits of {@code parent} (the live release when left out).
	 */
	@PostMapping(path = "/api/v1/drafts", consumes = "multipart/form-data")
	ResponseEntity<DraftService.DraftView> create(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "path", required = false) String path,
			@RequestParam(name = "parent", required = false) String parent, Principal user) throws IOException {
		String base = parent == null ? releases.live().version() : parent;
		if (!releases.has(base)) {
			throw new DraftProblems.NoSuchRelease(base);
		}
		Map<String, byte[]> liveRules = releases.bundle(base).under(Bundle.RULES);
		Map<String, byte[]> edits;
		if (path == null && file.getOriginalFilename() != null && file.getOriginalFilename().endsWith(".zip")) {
			Map<String, byte[]> folder = DraftFiles.unzip(file.getBytes(), liveRules);
			edits = new java.util.TreeMap<>();
			RuleDrafts.edits(liveRules, folder).forEach((p, content) -> edits.put(Bundle.RULES + p, content));
		}
		else {
			String target = path == null ? file.getOriginalFilename() : path;
			DraftFiles.checkRulesFile(liveRules, target, file.getBytes());
			edits = new java.util.HashMap<>();
			edits.put(Bundle.RULES + target, file.getBytes());
		}
		DraftService.DraftView draft = drafts.create(base, edits, user.getName());
		metrics.draftCreated();
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id())).body(draft);
	}

	@GetMapping("/api/v1/drafts/{id}")
	DraftService.DraftView get(@PathVariable String id) {
		return drafts.find(id).orElseThrow(() -> new DraftProblems.NoSuchDraft(id));
	}

	/** Adds or replaces one rules file of the draft: the body is the file. */
	@PutMapping("/api/v1/drafts/{id}/files/{*path}")
	DraftService.DraftView putFile(@PathVariable String id, @PathVariable String path, @RequestBody byte[] content) {
		return drafts.put(id, Bundle.RULES + strip(path), content);
	}

	@DeleteMapping("/api/v1/drafts/{id}/files/{*path}")
	DraftService.DraftView deleteFile(@PathVariable String id, @PathVariable String path) {
		return drafts.delete(id, Bundle.RULES + strip(path));
	}

	/** Adds or replaces a case of the draft's casebook: the body is the case's YAML. */
	@PutMapping("/api/v1/drafts/{id}/casebook/{*path}")
	DraftService.DraftView putCase(@PathVariable String id, @PathVariable String path, @RequestBody byte[] content) {
		return drafts.put(id, Bundle.CASEBOOK + strip(path), content);
	}

	/** The case's expected outcome becomes what the draft answers for it. */
	@PostMapping({ "/api/v1/drafts/{id}/casebook/{file}/accept", "/api/v1/drafts/{id}/casebook/{folder}/{file}/accept" })
	DraftService.DraftView accept(@PathVariable String id, @PathVariable(required = false) String folder,
			@PathVariable String file) {
		return drafts.acceptOutcome(id, folder == null ? file : folder + "/" + file);
	}

	@GetMapping("/api/v1/drafts/{id}/casebook")
	Effects.CasebookEffect casebook(@PathVariable String id) {
		return drafts.casebook(id);
	}

	@PostMapping("/api/v1/drafts/{id}/surveys")
	Effects.SurveysEffect surveys(@PathVariable String id, @RequestBody @Size(max = 5000) List<Survey> surveys) {
		Bundle bundle = Bundle.of(drafts.files(id));
		RuleBook book = compiled(bundle);
		RuleBook live = releases.books().current();
		return checks.run(() -> effects.surveys(live, book, surveys));
	}

	/**
	 * Compare-and-swap on the draft's parent. A draft that makes casebook cases fail is published
	 * only when the publisher says so ({@code acceptFailingCases}): a policy change can mean the
	 * cases must change too, but never by accident. With {@code effectiveAt} in the future the
	 * release is scheduled; with four-eyes on it awaits a second policy officer.
	 */
	@PostMapping("/api/v1/drafts/{id}/publish")
	Release publish(@PathVariable String id, @RequestBody @Validated Note note, Principal user) {
		try {
			Release published = drafts.publish(id, user.getName(), note.note(), note.effectiveAt(),
					Boolean.TRUE.equals(note.acceptFailingCases()));
			metrics.rulesChanged("publish");
			return published;
		}
		catch (LiveMoved e) {
			throw new DraftLiveMoved(id, e);
		}
	}

	@PostMapping("/api/v1/drafts/{id}/rebase")
	DraftService.Rebased rebase(@PathVariable String id) {
		DraftService.Rebased rebased = drafts.rebase(id);
		if (!rebased.conflicts().isEmpty()) {
			throw new RebaseConflicts(rebased);
		}
		return rebased;
	}

	@PostMapping("/api/v1/drafts/{id}/approve")
	Release approve(@PathVariable String id, Principal user) {
		try {
			Release approved = drafts.approve(id, user.getName());
			metrics.rulesChanged("publish");
			return approved;
		}
		catch (LiveMoved e) {
			throw new DraftLiveMoved(id, e);
		}
	}

	@PostMapping("/api/v1/rules/rollback")
	Release rollback(@RequestBody @Validated Rollback request, Principal user) {
		Release rolledBack = drafts.rollback(request.version(), user.getName(), request.note());
		metrics.rulesChanged("rollback");
		return rolledBack;
	}

	private RuleBook compiled(Bundle bundle) {
		var report = checks.run(() -> releases.compiler().check(bundle.rules("draft")));
		if (!report.publishable()) {
			throw new DraftProblems.NotPublishable(report.version(), report.errors());
		}
		return report.book();
	}

	private static String strip(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

	record Note(@NotBlank @Size(max = 500) String note, Boolean acceptFailingCases, Instant effectiveAt) {
	}

	record Rollback(@NotBlank String version, @NotBlank @Size(max = 500) String note) {
	}

	/** Live moved under a draft: the 409 says what changed and where to rebase. */
	static class DraftLiveMoved extends RuntimeException {

		final String draft;

		final LiveMoved moved;

		DraftLiveMoved(String draft, LiveMoved moved) {
			super(moved.getMessage());
			this.draft = draft;
			this.moved = moved;
		}

	}

	static class RebaseConflicts extends RuntimeException {

		final DraftService.Rebased rebased;

		RebaseConflicts(DraftService.Rebased rebased) {
			super("rebase conflicts");
			this.rebased = rebased;
		}

	}

}
