package org.siao.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the import API refuses a whole file: a CSV header naming a column that is not the survey's,
 * or one for names, ID numbers or addresses (400, the reason in the user's language, line 1).
 */
@RestControllerAdvice(assignableTypes = ImportApi.class)
class ImportProblems {

	@ExceptionHandler(CsvSurveys.BadHeader.class)
	ProblemDetail badHeader(CsvSurveys.BadHeader e, java.util.Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle(ImportWords.of(locale).text("csv.header.title"));
		problem.setProperty("line", 1);
		return problem;
	}

}
