package org.siao.drafts;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the draft API refuses an upload or a check it cannot finish, in the user's language (Thai
 * unless {@code Accept-Language: en}): an upload that is no rules folder (400), a draft that would
 * change code (403), a check past its time (422), checks busy (503, come back shortly).
 */
@RestControllerAdvice(assignableTypes = DraftController.class)
class DraftUploadProblems {

	static final URI CODE_IN_DRAFT = URI.create("https://siao.example/problems/code-in-draft");

	static final URI TOO_SLOW = URI.create("https://siao.example/problems/draft-check-too-slow");

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
