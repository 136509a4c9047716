package org.siao.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart of rules this build checked loads the plan it compiled before: never another build's
 * or other rules', never a damaged file, and with the same answers as a whole check.
 */
class CompiledPlansTests {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path cache;

	private final RulesFolder rules = RulesFolder.read(org.siao.TestRules.copy());

	private RuleBook restart(CompiledPlans plans) {
		RuleBookLoader.Report report = new RuleBookLoader(Clock.systemUTC(), plans).compileChecked(rules, List.of());
		assertThat(report.errors()).isEmpty();
		return report.book();
	}

	private List<Path> entries() throws IOException {
		try (Stream<Path> files = Files.list(cache)) {
			return files.filter(f -> f.toString().endsWith(".plan")).toList();
		}
	}

	@Test
	void aRestartLoadsThePlanCompiledBeforeAndAnswersAsAWholeCheckDoes() throws IOException {
		CompiledPlans first = CompiledPlans.in(cache, "build-1");
		restart(first);
		assertThat(first.misses()).isEqualTo(1);
		assertThat(entries()).hasSize(1);

		CompiledPlans second = CompiledPlans.in(cache, "build-1");
		RuleBook restarted = restart(second);
		assertThat(second.hits()).isEqualTo(1);
		assertThat(second.misses()).isZero();

		RuleBook checked = new RuleBookLoader(Clock.systemUTC()).load(rules);
		assertThat(restarted.version()).isEqualTo(checked.version());
		List<Case> cases = CasebookReader.read(Path.of("casebook"));
		assertThat(cases).isNotEmpty();
		for (Case c : cases) {
			for (Language language : Language.values()) {
				assertThat(answer(restarted, c, language)).as(c.path() + " " + language).isEqualTo(answer(checked, c, language));
			}
		}
	}

	private static String answer(RuleBook book, Case c, Language language) {
		Assessor.Traced traced = Assessor.trace(book, c.survey(), language);
		return JSON.writeValueAsString(traced.assessment()) + JSON.writeValueAsString(traced.fired());
	}

	@Test
	void anotherBuildOrOtherPlanRulesNeverFindTheEntry() {
		CompiledPlans plans = CompiledPlans.in(cache, "build-1");
		Map<String, byte[]> drl = new TreeMap<>(Map.of("plan.drl", rules.files().get("plan.drl")));
		String key = plans.key(drl);
		assertThat(CompiledPlans.in(cache, "build-2").key(drl)).isNotEqualTo(key);
		drl.put("plan.drl", (rules.text("plan.drl") + "\n// changed\n").getBytes(StandardCharsets.UTF_8));
		assertThat(plans.key(drl)).isNotEqualTo(key);

		restart(plans);
		CompiledPlans otherBuild = CompiledPlans.in(cache, "build-2");
		restart(otherBuild);
		assertThat(otherBuild.hits()).isZero();
		assertThat(otherBuild.misses()).isEqualTo(1);
	}

	@Test
	void aDamagedEntryIsIgnoredAndCompiledAgain() throws IOException {
		restart(CompiledPlans.in(cache, "build-1"));
		Path entry = entries().get(0);
		byte[] whole = Files.readAllBytes(entry);
		// cut short, as by a full disk; then one byte changed
		Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
		CompiledPlans afterCut = CompiledPlans.in(cache, "build-1");
		restart(afterCut);
		assertThat(afterCut.misses()).isEqualTo(1);
		String key = entry.getFileName().toString().replace(".plan", "");
		assertThat(CompiledPlans.unpack(key, Files.readAllBytes(entry))).as("written again whole").isPresent();

		byte[] flipped = Files.readAllBytes(entry);
		flipped[flipped.length - 100] ^= 1;
		Files.write(entry, flipped);
		CompiledPlans afterFlip = CompiledPlans.in(cache, "build-1");
		restart(afterFlip);
		assertThat(afterFlip.misses()).isEqualTo(1);

		CompiledPlans whole2 = CompiledPlans.in(cache, "build-1");
		restart(whole2);
		assertThat(whole2.hits()).isEqualTo(1);
	}

	@Test
	void anEntryWhoseBytesAreWholeButNoModuleIsCompiledAgain() throws IOException {
		CompiledPlans plans = CompiledPlans.in(cache, "build-1");
		String key = plans.key(Map.of("plan.drl", rules.files().get("plan.drl")));
		plans.write(key, "not a module".getBytes(StandardCharsets.UTF_8));
		RuleBook book = restart(plans);
		assertThat(plans.hits()).isEqualTo(1);
		assertThat(book.programmeTables()).isNotEmpty();
		assertThat(CompiledPlans.unpack(key, Files.readAllBytes(cache.resolve(key + ".plan")))).get()
			.satisfies(module -> assertThat(module.length).isGreaterThan(1000));
	}

	@Test
	void noCacheCompilesEveryTimeAndWritesNothing() throws IOException {
		CompiledPlans none = CompiledPlans.none();
		restart(none);
		assertThat(none.hits() + none.misses()).isZero();
		assertThat(entries()).isEmpty();
	}

}
