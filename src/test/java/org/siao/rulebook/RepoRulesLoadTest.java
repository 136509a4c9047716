package org.siao.rulebook;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepoRulesLoadTest {

	@Test
	void theRulesOfTheRepoLoadWithEveryTable() {
		long start = System.nanoTime();
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		System.out.println("load ms " + (System.nanoTime() - start) / 1_000_000);
		book.warnings().forEach(w -> System.out.println("WARN " + w));
		assertThat(book.indicatorTables()).hasSize(21);
		assertThat(book.programmeTables()).hasSize(40);
	}

}
