package org.siao.drafts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.assessment.InvalidSurvey;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookRunner;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.survey.Survey;

/** Runs the same households through the live rules and a draft, and says what changes. */
final class EffectComparer {

	private final CasebookRunner runner = new CasebookRunner();

	/**
	 * What the live rules answer for a case, by live version and case: every draft is compared with
	 * the same live release, so its side of the comparison is worked out once, not at every check.
	 */
	private final com.github.benmanes.caffeine.cache.Cache<List<Object>, CasebookRunner.Result> liveResults =
			com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	Effects.CasebookEffect casebook(RuleBook live, RuleBook draft, List<Case> cases) {
		List<Effects.CaseChange> changes = new ArrayList<>();
		int failingLive = 0;
		int failingDraft = 0;
		int changed = 0;
		for (Case c : cases) {
			CasebookRunner.Result before = liveResults.get(List.of(live.version(), c), k -> runner.run(live, c));
			CasebookRunner.Result after = runner.run(draft, c);
			failingLive += before.passed() ? 0 : 1;
			failingDraft += after.passed() ? 0 : 1;
			Effects.CaseChange change = change(c, before, after);
			boolean differs = !change.deficitsAdded().isEmpty() || !change.deficitsRemoved().isEmpty()
					|| !change.recommendationsAdded().isEmpty() || !change.recommendationsRemoved().isEmpty()
					|| !change.amounts().isEmpty();
			changed += differs ? 1 : 0;
			if (differs || !after.passed()) {
				changes.add(change);
			}
		}
		return new Effects.CasebookEffect(live.version(), draft.version(), cases.size(), changed, failingLive, failingDraft,
				changes);
	}

	Effects.SurveysEffect surveys(RuleBook live, RuleBook draft, List<Survey> surveys) {
		Map<String, int[]> programmes = new TreeMap<>();
		Map<String, int[]> deficits = new TreeMap<>();
		List<String> invalid = new ArrayList<>();
		int changed = 0;
		for (int i = 0; i < surveys.size(); i++) {
			Survey survey = surveys.get(i);
			var violations = validator.validate(survey);
			if (!violations.isEmpty()) {
				var v = violations.iterator().next();
				invalid.add("[" + i + "]." + v.getPropertyPath() + " " + v.getMessage());
				continue;
			}
			try {
				Assessment before = Assessor.assess(live, survey, Language.EN);
				Assessment after = Assessor.assess(draft, survey, Language.EN);
				boolean a = shift(programmeCodes(before), programmeCodes(after), programmes);
				boolean b = shift(indicatorCodes(before), indicatorCodes(after), deficits);
				changed += a || b ? 1 : 0;
			}
			catch (InvalidSurvey e) {
				invalid.add("[" + i + "]." + e.problems().get(0).field() + " " + e.problems().get(0).message());
			}
		}
		return new Effects.SurveysEffect(live.version(), draft.version(), surveys.size() - invalid.size(), changed,
				shifts(programmes), shifts(deficits), invalid);
	}

	private static Effects.CaseChange change(Case c, CasebookRunner.Result before, CasebookRunner.Result after) {
		if (before.assessment() == null || after.assessment() == null) {
			return new Effects.CaseChange(c.path(), c.title(), List.of(), List.of(), List.of(), List.of(), List.of(),
					!after.passed(), !before.passed(), after.failures());
		}
		Set<String> deficitsBefore = ids(before.assessment().deficits().stream().map(Assessment.Deficit::id).toList());
		Set<String> deficitsAfter = ids(after.assessment().deficits().stream().map(Assessment.Deficit::id).toList());
		Map<String, Long> amountsBefore = amounts(before.assessment());
		Map<String, Long> amountsAfter = amounts(after.assessment());
		List<Effects.AmountChange> amounts = new ArrayList<>();
		amountsBefore.forEach((id, amount) -> {
			if (amountsAfter.containsKey(id) && !Objects.equals(amount, amountsAfter.get(id))) {
				amounts.add(new Effects.AmountChange(id, amount, amountsAfter.get(id)));
			}
		});
		return new Effects.CaseChange(c.path(), c.title(), minus(deficitsAfter, deficitsBefore),
				minus(deficitsBefore, deficitsAfter), minus(amountsAfter.keySet(), amountsBefore.keySet()),
				minus(amountsBefore.keySet(), amountsAfter.keySet()), amounts, !after.passed(), !before.passed(),
				after.failures());
	}

	/** Recommendation id to amount (null for help that is not cash), in rank order. */
	private static Map<String, Long> amounts(Assessment a) {
		Map<String, Long> out = new java.util.LinkedHashMap<>();
		a.recommendations().forEach(r -> out.put(CasebookRunner.id(r), r.amount()));
		return out;
	}

	private static Set<String> programmeCodes(Assessment a) {
		return a.recommendations().stream().map(Assessment.Recommendation::programme).collect(Collectors.toSet());
	}

	private static Set<String> indicatorCodes(Assessment a) {
		return a.deficits().stream().map(Assessment.Deficit::indicator).collect(Collectors.toSet());
	}

	private static boolean shift(Set<String> before, Set<String> after, Map<String, int[]> tally) {
		boolean changed = false;
		for (String gained : minus(after, before)) {
			tally.computeIfAbsent(gained, k -> new int[2])[0]++;
			changed = true;
		}
		for (String lost : minus(before, after)) {
			tally.computeIfAbsent(lost, k -> new int[2])[1]++;
			changed = true;
		}
		return changed;
	}

	private static Map<String, Effects.Shift> shifts(Map<String, int[]> tally) {
		Map<String, Effects.Shift> out = new TreeMap<>();
		tally.forEach((code, n) -> out.put(code, new Effects.Shift(n[0], n[1])));
		return out;
	}

	private static Set<String> ids(List<String> ids) {
		return new LinkedHashSet<>(ids);
	}

	private static List<String> minus(Set<String> a, Set<String> b) {
		return a.stream().filter(x -> !b.contains(x)).sorted().toList();
	}

}
