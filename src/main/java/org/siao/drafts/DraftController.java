package org.siao.drafts;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.siao.casebook.Casebook;
import org.siao.rulebook.Publication;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleBooks;
import org.siao.rulebook.RuleProblem;
import org.siao.rulebook.RulesPublisher;
import org.siao.survey.Survey;
import org.siao.system.ServiceMetrics;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Policy staff change rules here: upload a draft, read its checks, see its effect on the casebook
 * and on any households, publish it, roll back. Nothing reaches the live rules except a publish
 * or a rollback of a version that passes every check.
 */
@RestController
@Validated
class DraftController {

	private final Drafts drafts;

	private final RuleBooks live;

	private final RulesPublisher publisher;

	private final Casebook casebook;

	private final DraftChecks checks;

	private final EffectComparer effects = new EffectComparer();

	private final ServiceMetrics metrics;

	DraftController(Drafts drafts, DraftChecks checks, RuleBooks live, RulesPublisher publisher, Casebook casebook,
			ServiceMetrics metrics) {
		this.metrics = metrics;
		this.drafts = drafts;
		this.checks = checks;
		this.live = live;
		this.publisher = publisher;
		this.casebook = casebook;
	}

	/** One rule file (with the {@code path} it replaces, e.g. programmes/cash.dmn), or a zip of a whole folder. */
	@PostMapping(path = "/api/v1/drafts", consumes = "multipart/form-data")
	ResponseEntity<DraftView> create(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "path", required = false) String path, Principal user) throws IOException {
		RuleBook base = live.current();
		var files = path == null && file.getOriginalFilename() != null && file.getOriginalFilename().endsWith(".zip")
				? DraftFiles.unzip(file.getBytes(), base.folder().files())
				: DraftFiles.replacing(base.folder().files(), path == null ? file.getOriginalFilename() : path, file.getBytes());
		Draft draft = drafts.create(files, base.version(), user.getName());
		metrics.draftCreated();
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id())).body(DraftView.of(draft));
	}

	@GetMapping("/api/v1/drafts/{id}")
	DraftView get(@PathVariable String id) {
		return DraftView.of(draft(id));
	}

	@GetMapping("/api/v1/drafts/{id}/casebook")
	Effects.CasebookEffect casebook(@PathVariable String id) {
		RuleBook book = compiled(draft(id));
		return checks.run(() -> effects.casebook(live.current(), book, casebook.cases()));
	}

	@PostMapping("/api/v1/drafts/{id}/surveys")
	Effects.SurveysEffect surveys(@PathVariable String id, @RequestBody @Size(max = 5000) List<Survey> surveys) {
		RuleBook book = compiled(draft(id));
		return checks.run(() -> effects.surveys(live.current(), book, surveys));
	}

	/**
	 * A draft that makes casebook cases fail is published only when the publisher says so
	 * ({@code acceptFailingCases}): a policy change can mean the cases must change too, but never
	 * by accident. Either way the casebook's verdict goes into the audit log.
	 */
	@PostMapping("/api/v1/drafts/{id}/publish")
	Publication publish(@PathVariable String id, @RequestBody @Validated Note note, Principal user) {
		RuleBook book = compiled(draft(id));
		Effects.CasebookEffect effect = checks.run(() -> effects.casebook(live.current(), book, casebook.cases()));
		if (effect.failingDraft() > effect.failingLive() && !Boolean.TRUE.equals(note.acceptFailingCases())) {
			throw new FailingCases(effect);
		}
		Publication published = publisher.publish(book, user.getName(), note.note(), effect.summary());
		metrics.rulesChanged("publish");
		return published;
	}

	@PostMapping("/api/v1/rules/rollback")
	Publication rollback(@RequestBody @Validated Rollback request, Principal user) {
		RuleBookLoader.Report report = checks.run(() -> publisher.checkKept(request.version()));
		if (!report.publishable()) {
			throw new NotPublishable(report.version(), report.errors());
		}
		String summary = checks.run(() -> effects.casebook(live.current(), report.book(), casebook.cases())).summary();
		Publication rolledBack = publisher.rollback(report.book(), user.getName(), request.note(), summary);
		metrics.rulesChanged("rollback");
		return rolledBack;
	}

	private Draft draft(String id) {
		return drafts.find(id).orElseThrow(() -> new IllegalArgumentException("no draft " + id + " (drafts are kept for a while only)"));
	}

	private static RuleBook compiled(Draft draft) {
		if (!draft.report().publishable()) {
			throw new NotPublishable(draft.id(), draft.report().errors());
		}
		return draft.report().book();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail notFound(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(NotPublishable.class)
	ProblemDetail notPublishable(NotPublishable e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"rules " + e.version + " have " + e.errors.size() + " error(s) and cannot be run or published");
		problem.setProperty("errors", e.errors.stream().map(RuleProblem::toString).toList());
		return problem;
	}

	record Note(@NotBlank @Size(max = 500) String note, Boolean acceptFailingCases) {
	}

	@ExceptionHandler(FailingCases.class)
	ProblemDetail failingCases(FailingCases e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the draft makes casebook cases fail ("
				+ e.effect.summary() + "); publish with \"acceptFailingCases\": true if the cases are to change too");
		problem.setProperty("failing", e.effect.changes().stream().filter(Effects.CaseChange::failsNow)
			.map(Effects.CaseChange::path).toList());
		return problem;
	}

	record Rollback(@NotBlank String version, @NotBlank @Size(max = 500) String note) {
	}

	record DraftView(String id, String basedOn, String createdBy, Instant createdAt, boolean publishable,
			List<RuleProblem> errors, List<RuleProblem> warnings, List<String> files) {

		static DraftView of(Draft d) {
			List<String> files = d.report().book() == null ? List.of() : List.copyOf(d.report().book().folder().files().keySet());
			return new DraftView(d.id(), d.basedOn(), d.createdBy(), d.createdAt(), d.report().publishable(),
					d.report().errors(), d.report().warnings(), files);
		}

	}

	static class FailingCases extends RuntimeException {

		private final Effects.CasebookEffect effect;

		FailingCases(Effects.CasebookEffect effect) {
			super(effect.summary());
			this.effect = effect;
		}

	}

	static class NotPublishable extends RuntimeException {

		private final String version;

		private final List<RuleProblem> errors;

		NotPublishable(String version, List<RuleProblem> errors) {
			super("rules " + version + " have errors");
			this.version = version;
			this.errors = errors;
		}

	}

}
