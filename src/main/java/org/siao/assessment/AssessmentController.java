package org.siao.assessment;

import java.util.Locale;

import jakarta.validation.Valid;

import org.siao.catalogue.Language;
import org.siao.survey.Survey;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST a household's survey, get its assessment (Thai unless Accept-Language asks for English). */
@RestController
class AssessmentController {

	private final Assessor assessor;

	AssessmentController(Assessor assessor) {
		this.assessor = assessor;
	}

	@PostMapping("/api/v1/assessments")
	Assessment assess(@Valid @RequestBody Survey survey, Locale locale) {
		return assessor.assess(survey, Language.of(locale));
	}

}
