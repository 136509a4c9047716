package org.siao.assessment;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.siao.catalogue.Language;
import org.siao.survey.Survey;
import org.siao.system.ServiceMetrics;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST a household's survey, get its assessment (Thai unless Accept-Language asks for English). */
@RestController
class AssessmentController {

	private final Assessor assessor;

	private final ServiceMetrics metrics;

	AssessmentController(Assessor assessor, ServiceMetrics metrics) {
		this.assessor = assessor;
		this.metrics = metrics;
	}

	@Operation(summary = "Assess one household's survey",
			description = "Deficits with their evidence and the recommended help, in Thai unless Accept-Language asks "
					+ "for English. The survey is read strictly; a problem lists each field to correct.")
	@ApiResponse(responseCode = "200", description = "The assessment")
	@ApiResponse(responseCode = "400", description = "A field to correct, or a body that is not the survey's JSON",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
	Assessment assess(@Valid @RequestBody Survey survey, Locale locale) {
		return metrics.assessment(() -> assessor.assess(survey, Language.of(locale)), InvalidSurvey.class);
	}

}
