package org.siao.assessment.page;

import java.util.List;
import java.util.Map;

/**
 * What a template reads from a form: the typed values, the messages at each field and the ids
 * that tie labels, fields and the error summary together. Public for the template engine only.
 */
public final class FormView {

	private final SurveyForm form;

	private final FormErrors errors;

	FormView(SurveyForm form, FormErrors errors) {
		this.form = form;
		this.errors = errors;
	}

	public String value(String path) {
		return form.value(path);
	}

	public boolean checked(String path, String value) {
		return form.has(path, value);
	}

	/** A tri-state answer not given yet: the "not known" radio is checked. */
	public boolean unanswered(String path) {
		return form.value(path).isEmpty();
	}

	public List<String> errors(String field) {
		return errors.at(field);
	}

	public boolean invalid(String field) {
		return !errors.at(field).isEmpty();
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	public Map<String, List<String>> allErrors() {
		return errors.all();
	}

	public String id(String field) {
		return FormErrors.id(field);
	}

	/** The message key of a question: the path without member indices (members.grade). */
	public String key(String path) {
		return "q." + path.replaceAll("\\[\\d+]", "");
	}

}
