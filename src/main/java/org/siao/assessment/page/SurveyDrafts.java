package org.siao.assessment.page;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * The surveys an official is working on in this sign-in session, by a random id: the form as typed
 * and the last survey that passed the checks. Nothing is kept beyond the session.
 */
@Component
@SessionScope
class SurveyDrafts implements Serializable {

	/** An official works on a few households at a time; older drafts make room. */
	private static final int LIMIT = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, Draft> drafts = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Draft> eldest) {
			return size() > LIMIT;
		}
	};

	synchronized String start() {
		byte[] bytes = new byte[9];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		drafts.put(id, new Draft(SurveyForm.empty()));
		return id;
	}

	synchronized Optional<Draft> find(String id) {
		return Optional.ofNullable(drafts.get(id));
	}

	/** One household being surveyed: what was typed, and the last survey that passed the checks. */
	static final class Draft implements Serializable {

		private SurveyForm form;

		private transient org.siao.survey.Survey survey;

		Draft(SurveyForm form) {
			this.form = form;
		}

		synchronized SurveyForm form() {
			return form.copy();
		}

		synchronized void form(SurveyForm form) {
			this.form = form.copy();
		}

		synchronized org.siao.survey.Survey survey() {
			return survey;
		}

		synchronized void survey(org.siao.survey.Survey survey) {
			this.survey = survey;
		}

	}

}
