package org.siao.assessment.page;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.siao.catalogue.Language;
import org.siao.catalogue.Programme;
import org.siao.rulebook.RuleBooks;
import org.siao.survey.Dependency;
import org.siao.survey.Grade;
import org.siao.survey.Hardship;
import org.siao.survey.HealthCoverage;
import org.siao.survey.Occupation;
import org.siao.survey.Relation;
import org.siao.survey.Sex;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts into the page model what the survey form shows: the typed values, messages, members and the lists to pick from. */
@Component
class FormModel {

	private final RuleBooks ruleBooks;

	private final AreaChoices areas;

	FormModel(RuleBooks ruleBooks, AreaChoices areas) {
		this.ruleBooks = ruleBooks;
		this.areas = areas;
	}

	/** A programme to tick as already received: its code and its name in the page's language. */
	public record ProgrammeChoice(String code, String name) {
	}

	void fill(Model page, String id, SurveyForm form, FormErrors errors, Locale locale) {
		areas.fill(page, form, locale);
		page.addAttribute("id", id);
		page.addAttribute("f", new FormView(form, errors));
		page.addAttribute("members", form.members().stream().map(i -> MemberView.of(form, i)).toList());
		page.addAttribute("relations", names(Relation.values()));
		page.addAttribute("sexes", names(Sex.values()));
		page.addAttribute("dependencies", names(Dependency.values()));
		page.addAttribute("grades", names(Grade.values()));
		page.addAttribute("occupations", names(Occupation.values()));
		page.addAttribute("coverages", names(HealthCoverage.values()));
		page.addAttribute("hardships", names(Hardship.values()));
		Language language = Language.of(locale);
		page.addAttribute("householdProgrammes", programmes(Programme.Scope.HOUSEHOLD, language));
		page.addAttribute("memberProgrammes", programmes(Programme.Scope.MEMBER, language));
	}

	private List<ProgrammeChoice> programmes(Programme.Scope scope, Language language) {
		return ruleBooks.current().catalogue().allProgrammes().stream()
			.filter(p -> p.scope() == scope)
			.map(p -> new ProgrammeChoice(p.code(), p.name().in(language)))
			.sorted(Comparator.comparing(ProgrammeChoice::name))
			.toList();
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
