package org.siao.rulebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.siao.releases.Bundle;
import org.siao.releases.CodeBuild;
import org.siao.releases.LiveReleases;
import org.siao.releases.ReleaseRepository;
import org.siao.releases.RulesCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live rules come from the release store ({@code siao.releases.store}: the database by
 * default, or the folder {@code siao.releases.path}). The first start makes the rules and casebook folders
 * ({@code siao.rules.path}, {@code siao.casebook.path}; the copies bundled in the jar when they do
 * not exist) the first release; later, a change of those folders on disk becomes a new release.
 * Rules that fail their checks on the first start stop it with every problem listed.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

	/**
	 * The plan rules compiled for a restart are kept in {@code siao.rules.compiled-plans} (beside
	 * the database file by default; empty for none), per rules and build of the code.
	 */
	@Bean
	RuleBookLoader ruleBookLoader(ObjectProvider<Clock> clock, @Value("${siao.rules.compiled-plans:}") Path compiledPlans) {
		CompiledPlans plans = compiledPlans == null || compiledPlans.toString().isEmpty() ? CompiledPlans.none()
				: CompiledPlans.in(compiledPlans, CodeBuild.id());
		return new RuleBookLoader(clock.getIfAvailable(Clock::systemUTC), plans);
	}

	@Bean
	RulesCompiler rulesCompiler(RuleBookLoader loader, @Value("${siao.rules.compiled-maximum:8}") int maximum) {
		return new RulesCompiler(loader, maximum);
	}

	@Bean
	DiskFolders diskFolders(@Value("${siao.rules.path:rules}") Path rules, @Value("${siao.casebook.path:casebook}") Path casebook) {
		return new DiskFolders(rules, casebook);
	}

	@Bean(destroyMethod = "shutdown")
	LiveReleases liveReleases(ReleaseRepository store, RulesCompiler compiler, DiskFolders disk, ObjectProvider<Clock> clock) {
		long start = System.nanoTime();
		LiveReleases releases = new LiveReleases(store, compiler, clock.getIfAvailable(Clock::systemUTC), disk.read());
		RuleBook book = releases.books().current();
		log.info("Release {} (rules {}) live from {} in {} ms: {} indicator tables, {} programme tables",
				releases.live().version(), book.version(), store.where(), (System.nanoTime() - start) / 1_000_000,
				book.indicatorTables().size(), book.programmeTables().size());
		return releases;
	}

	@Bean
	RuleBooks ruleBooks(LiveReleases releases) {
		return releases.books();
	}

	@Bean(initMethod = "start", destroyMethod = "stop")
	RulesWatcher rulesWatcher(LiveReleases releases, DiskFolders disk,
			@Value("${siao.rules.watch-interval:2s}") Duration interval) {
		return new RulesWatcher(() -> releases.reloadIfChanged(disk.read()), interval);
	}

	/** The rules and casebook folders as one bundle; the jar's copy stands in for a folder that is missing or empty. */
	record DiskFolders(Path rules, Path casebook) {

		Bundle read() {
			Map<String, byte[]> rulesFiles = Files.isDirectory(rules) ? RulesFolder.read(rules).files() : Map.of();
			if (rulesFiles.isEmpty()) {
				rulesFiles = ClasspathFolder.read("rules", "**/*.*");
			}
			Map<String, byte[]> cases = new java.util.TreeMap<>(Files.isDirectory(casebook) ? RulesFolder.read(casebook).files() : Map.of());
			cases.keySet().removeIf(path -> !path.endsWith(".yaml"));
			if (cases.isEmpty()) {
				cases = ClasspathFolder.read("casebook", "**/*.yaml");
			}
			return Bundle.of(rulesFiles, cases);
		}

	}

}
