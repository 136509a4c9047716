package org.siao.releases;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

/**
 * Compiles and checks a rules folder once per content: the rules version is a hash of every file,
 * so a draft compiled while it was edited, the same files published, and a release rolled back to
 * all share one compiled book. Bounded: compiled rules are large.
 */
public final class RulesCompiler {

	private final java.util.function.Function<RulesFolder, RuleBookLoader.Report> loader;

	private final Cache<String, RuleBookLoader.Report> reports;

	public RulesCompiler(RuleBookLoader loader, int maximum) {
		this(loader::check, maximum);
	}

	/** With a check of one's own (a test's slow one). */
	public RulesCompiler(java.util.function.Function<RulesFolder, RuleBookLoader.Report> check, int maximum) {
		this.loader = check;
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

	/** Already compiled, or null: for callers that must not compile here. */
	public RuleBookLoader.Report known(String rulesVersion) {
		return reports.getIfPresent(rulesVersion);
	}

}
