package org.siao.releases;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleProblem;
import org.siao.rulebook.RulesFolder;

/**
 * Compiles and checks a rules folder once per content: the rules version is a hash of every file,
 * so a draft compiled while it was edited, the same files published, and a release rolled back to
 * all share one compiled book. Bounded: compiled rules are large.
 */
public final class RulesCompiler {

	private final java.util.function.Function<RulesFolder, RuleBookLoader.Report> loader;

	private final java.util.function.BiFunction<RulesFolder, RulesFolder, RuleBookLoader.Report> againstParent;

	private final java.util.function.BiFunction<RulesFolder, java.util.List<RuleProblem>, RuleBookLoader.Report> checkedBefore;

	private final Cache<String, RuleBookLoader.Report> reports;

	public RulesCompiler(RuleBookLoader loader, int maximum) {
		this(loader::check, loader::check, loader::compileChecked, maximum);
	}

	/** With a check of one's own (a test's slow one), run whole every time. */
	public RulesCompiler(java.util.function.Function<RulesFolder, RuleBookLoader.Report> check, int maximum) {
		this(check, (draft, parent) -> check.apply(draft), (folder, warnings) -> check.apply(folder), maximum);
	}

	/** With a check and a compile of rules checked before of one's own (a test's counting ones). */
	public RulesCompiler(java.util.function.Function<RulesFolder, RuleBookLoader.Report> check,
			java.util.function.BiFunction<RulesFolder, java.util.List<RuleProblem>, RuleBookLoader.Report> checkedBefore,
			int maximum) {
		this(check, (draft, parent) -> check.apply(draft), checkedBefore, maximum);
	}

	private RulesCompiler(java.util.function.Function<RulesFolder, RuleBookLoader.Report> check,
			java.util.function.BiFunction<RulesFolder, RulesFolder, RuleBookLoader.Report> againstParent,
			java.util.function.BiFunction<RulesFolder, java.util.List<RuleProblem>, RuleBookLoader.Report> checkedBefore,
			int maximum) {
		this.loader = check;
		this.againstParent = againstParent;
		this.checkedBefore = checkedBefore;
		this.reports = Caffeine.newBuilder().maximumSize(maximum).expireAfterAccess(Duration.ofHours(2)).build();
	}

	public RuleBookLoader.Report check(RulesFolder rules) {
		RuleBookLoader.Report known = reports.getIfPresent(rules.version());
		if (known != null) {
			return known;
		}
		RuleBookLoader.Report report = loader.apply(rules);
		reports.put(rules.version(), report);
		return report;
	}

	/**
	 * Rules this build of the code checked whole before (their hash says they are the same
	 * files): compiled without the validator, with the warnings that check recorded.
	 */
	public RuleBookLoader.Report compileChecked(RulesFolder rules, java.util.List<RuleProblem> recordedWarnings) {
		RuleBookLoader.Report known = reports.getIfPresent(rules.version());
		if (known != null) {
			return known;
		}
		RuleBookLoader.Report report = checkedBefore.apply(rules, recordedWarnings);
		reports.put(rules.version(), report);
		return report;
	}

	/**
	 * A draft checked against the release it was made from: the same errors, and warnings only for
	 * the tables it touches (and figures its text still names the old way). Kept per pair; the
	 * compiled book also serves later checks of the same rules.
	 */
	public RuleBookLoader.Report check(RulesFolder draft, RulesFolder parent) {
		String key = draft.version() + "@" + parent.version();
		RuleBookLoader.Report known = reports.getIfPresent(key);
		if (known != null) {
			return known;
		}
		RuleBookLoader.Report report = againstParent.apply(draft, parent);
		reports.put(key, report);
		reports.asMap().putIfAbsent(draft.version(), report);
		return report;
	}

	/** Already checked against that parent, or null. */
	public RuleBookLoader.Report known(String rulesVersion, String parentRulesVersion) {
		return reports.getIfPresent(rulesVersion + "@" + parentRulesVersion);
	}

	/** Already compiled, or null: for callers that must not compile here. */
	public RuleBookLoader.Report known(String rulesVersion) {
		return reports.getIfPresent(rulesVersion);
	}

}
