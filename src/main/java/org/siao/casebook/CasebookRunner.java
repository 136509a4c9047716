package org.siao.casebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.assessment.InvalidSurvey;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.survey.Survey;

/**
 * Runs cases against a rule book and says, in plain words, what differs from what policy
 * expects. Shared by the JUnit harness and the command-line check policy staff run on a draft.
 */
public final class CasebookRunner {

	// building a validator factory reads every constraint's metadata again (a runner is made per case
	// when a draft's cases are rewritten); a validator is thread-safe, so one serves every runner
	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private final Validator validator = VALIDATOR;

	public Result run(RuleBook book, Case c) {
		List<String> failures = new ArrayList<>();
		for (ConstraintViolation<Survey> v : validator.validate(c.survey())) {
			failures.add("survey field " + v.getPropertyPath() + " " + v.getMessage());
		}
		if (!failures.isEmpty()) {
			return new Result(c, failures, null, List.of());
		}
		Assessor.Traced traced;
		try {
			traced = Assessor.trace(book, c.survey(), Language.EN);
		}
		catch (InvalidSurvey e) {
			e.problems().forEach(p -> failures.add("survey field " + p.field() + " " + p.message()));
			return new Result(c, failures, null, List.of());
		}
		Assessment a = traced.assessment();
		Set<String> deficits = a.deficits().stream().map(Assessment.Deficit::id).collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> recommended = a.recommendations().stream().map(CasebookRunner::id).collect(Collectors.toCollection(LinkedHashSet::new));
		if (c.expect().deficits() != null) {
			Set<String> expected = new LinkedHashSet<>(c.expect().deficits());
			missing("deficit", expected, deficits, failures);
			extra(expected, deficits, failures);
		}
		missing("recommendation", new LinkedHashSet<>(c.expect().recommend()), recommended, failures);
		for (String never : c.expect().not()) {
			boolean present = never.contains("@") ? recommended.contains(never)
					: a.recommendations().stream().anyMatch(r -> r.programme().equals(never));
			if (present) {
				failures.add("recommends " + never + ", which must never appear here");
			}
		}
		c.expect().amounts().forEach((id, amount) -> a.recommendations().stream().filter(r -> id(r).equals(id)).findFirst()
			.ifPresentOrElse(r -> {
				if (!amount.equals(r.amount())) {
					failures.add("amount of " + id + ": expected " + amount + ", got " + r.amount());
				}
			}, () -> failures.add("amount of " + id + ": not recommended at all")));
		missing("undetermined result", new LinkedHashSet<>(c.expect().undetermined()),
				a.undetermined().stream().map(u -> Assessment.id(u.code(), u.member())).collect(Collectors.toSet()), failures);
		missing("near miss", new LinkedHashSet<>(c.expect().nearMisses()),
				a.nearMisses().stream().map(n -> Assessment.id(n.programme(), n.member())).collect(Collectors.toSet()), failures);
		missing("set-aside programme", new LinkedHashSet<>(c.expect().setAside()),
				a.setAside().stream().map(s -> Assessment.id(s.programme(), s.member())).collect(Collectors.toSet()), failures);
		return new Result(c, failures, a, traced.fired());
	}

	public static String id(Assessment.Recommendation r) {
		return Assessment.id(r.programme(), r.member());
	}

	private static void missing(String what, Set<String> expected, Set<String> got, List<String> failures) {
		for (String e : expected) {
			if (!got.contains(e)) {
				failures.add("expected " + what + " " + e + ", got " + (got.isEmpty() ? "none" : String.join(", ", got)));
			}
		}
	}

	private static void extra(Set<String> expected, Set<String> got, List<String> failures) {
		for (String g : got) {
			if (!expected.contains(g)) {
				failures.add("unexpected deficit " + g);
			}
		}
	}

	/** What one case came to: failures (empty when it passes), the assessment and the rows that fired. */
	public record Result(Case c, List<String> failures, Assessment assessment, List<Assessment.RuleRef> fired) {

		public boolean passed() {
			return failures.isEmpty();
		}

		/** A failure report a policy officer can read: what was expected, what came, which rows fired. */
		public String report() {
			StringBuilder out = new StringBuilder(c.path()).append(" (").append(c.title()).append(")\n");
			failures.forEach(f -> out.append("  - ").append(f).append('\n'));
			if (assessment != null) {
				out.append("  deficits: ").append(assessment.deficits().stream().map(Assessment.Deficit::id).toList()).append('\n');
				out.append("  recommended: ").append(assessment.recommendations().stream().map(CasebookRunner::id).toList()).append('\n');
				out.append("  undetermined: ").append(assessment.undetermined().stream()
					.map(u -> Assessment.id(u.code(), u.member()) + u.questions()).toList()).append('\n');
				out.append("  rows fired: ").append(fired.stream().map(r -> r.table() + "#" + r.row()).toList()).append('\n');
			}
			return out.toString();
		}

	}

}
