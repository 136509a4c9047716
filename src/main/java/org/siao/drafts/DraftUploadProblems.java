package org.siao.drafts;

import java.net.URI;
import java.util.Locale;

import org.siao.rulebook.RuleProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the draft API refuses, in the user's language (Thai unless {@code Accept-Language: en}): an
 * upload that is no rules folder (400), a draft that would change code (403), approving one's own
 * draft (403), no such draft or release (404), live moved (409, with the changes since and the
 * rebase link), a rebase with conflicts (409, each at its table and row), rules with errors or
 * failing cases (409), a check past its time (422), checks busy (503, come back shortly).
 */
@RestControllerAdvice(assignableTypes = DraftController.class)
class DraftUploadProblems {

	static final URI CODE_IN_DRAFT = URI.create("https://siao.example/problems/code-in-draft");

	static final URI TOO_SLOW = URI.create("https://siao.example/problems/draft-check-too-slow");

	static final URI LIVE_MOVED = URI.create("https://siao.example/problems/live-moved");

	static final URI CONFLICTS = URI.create("https://siao.example/problems/rebase-conflicts");

	@ExceptionHandler(DraftFiles.InvalidUpload.class)
	ProblemDetail invalidUpload(DraftFiles.InvalidUpload e, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, DraftMessages.get(locale, e.key(), e.arguments()));
	}

	/** Code changes through the repository: refused whatever else the draft holds, before anything is compiled. */
	@ExceptionHandler(DraftFiles.CodeInDraft.class)
	ProblemDetail codeInDraft(DraftFiles.CodeInDraft e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				DraftMessages.get(locale, e.key(), e.arguments()));
		problem.setType(CODE_IN_DRAFT);
		problem.setProperty("file", e.arguments()[0]);
		return problem;
	}

	@ExceptionHandler(DraftProblems.NoSuchDraft.class)
	ProblemDetail noDraft(DraftProblems.NoSuchDraft e, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, DraftMessages.get(locale, "draft.no-draft", e.id()));
	}

	@ExceptionHandler(DraftProblems.NoSuchRelease.class)
	ProblemDetail noRelease(DraftProblems.NoSuchRelease e, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, DraftMessages.get(locale, "draft.no-release", e.version()));
	}

	@ExceptionHandler(DraftProblems.NotAllowed.class)
	ProblemDetail notAllowed(DraftProblems.NotAllowed e, Locale locale) {
		HttpStatus status = e.key().equals("draft.not-awaiting") ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
		return ProblemDetail.forStatusAndDetail(status, DraftMessages.get(locale, e.key()));
	}

	@ExceptionHandler(DraftController.DraftLiveMoved.class)
	ProblemDetail liveMoved(DraftController.DraftLiveMoved e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				DraftMessages.get(locale, "draft.live-moved", e.moved.parent(), e.moved.live()));
		problem.setType(LIVE_MOVED);
		problem.setProperty("parent", e.moved.parent());
		problem.setProperty("live", e.moved.live());
		problem.setProperty("changes", e.moved.changes());
		problem.setProperty("rebase", "/api/v1/drafts/" + e.draft + "/rebase");
		return problem;
	}

	@ExceptionHandler(DraftController.RebaseConflicts.class)
	ProblemDetail conflicts(DraftController.RebaseConflicts e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				DraftMessages.get(locale, "draft.conflicts", e.rebased.conflicts().size()));
		problem.setType(CONFLICTS);
		problem.setProperty("conflicts", e.rebased.conflicts());
		return problem;
	}

	@ExceptionHandler(DraftProblems.NotPublishable.class)
	ProblemDetail notPublishable(DraftProblems.NotPublishable e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"rules " + e.version() + " have " + e.errors().size() + " error(s) and cannot be run or published");
		problem.setProperty("errors", e.errors().stream().map(RuleProblem::toString).toList());
		return problem;
	}

	@ExceptionHandler(DraftProblems.FailingCases.class)
	ProblemDetail failingCases(DraftProblems.FailingCases e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the draft makes casebook cases fail ("
				+ e.effect().summary() + "); publish with \"acceptFailingCases\": true if the cases are to change too");
		problem.setProperty("failing", e.effect().changes().stream().filter(Effects.CaseChange::failsNow)
			.map(Effects.CaseChange::path).toList());
		return problem;
	}

	@ExceptionHandler(DraftChecks.Busy.class)
	ResponseEntity<ProblemDetail> busy(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				DraftMessages.get(locale, "draft.busy"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
	}

	@ExceptionHandler(DraftChecks.TooSlow.class)
	ProblemDetail tooSlow(DraftChecks.TooSlow e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				DraftMessages.get(locale, "draft.too-slow", e.timeout().toSeconds()));
		problem.setType(TOO_SLOW);
		return problem;
	}

}
