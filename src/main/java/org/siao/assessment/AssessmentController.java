package org.siao.assessment;

import java.util.Locale;

import jakarta.validation.Valid;

import org.siao.catalogue.Language;
import org.siao.survey.Survey;
import org.siao.system.ServiceMetrics;
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

	@PostMapping("/api/v1/assessments")
	Assessment assess(@Valid @RequestBody Survey survey, Locale locale) {
		return metrics.assessment(() -> assessor.assess(survey, Language.of(locale)), InvalidSurvey.class);
	}

}
