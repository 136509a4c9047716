package org.siao.casebook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** Every file in casebook/ is a test; and every row of every table must be exercised by some case. */
class CasebookTest {

	private static RuleBook book;

	private static List<Case> cases;

	private static final CasebookRunner runner = new CasebookRunner();

	@BeforeAll
	static void load() {
		book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		cases = CasebookReader.read(Path.of("casebook"));
	}

	@TestFactory
	Stream<DynamicTest> everyCase() {
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.path() + ": " + c.title(), () -> {
			CasebookRunner.Result result = runner.run(book, c);
			if (!result.passed()) {
				fail(result.report());
			}
		}));
	}

	/**
	 * How many cases is the staff's business; what the build asks is that they cover the rules
	 * (every row fired, every programme shown and refused: the tests below), and that there are some.
	 */
	@Test
	void theCasebookHasCases() {
		assertThat(cases).isNotEmpty();
	}

	@Test
	void everyProgrammeIsShownEligibleSomewhereAndRefusedSomewhere() {
		Set<String> recommended = new HashSet<>();
		Set<String> refused = new HashSet<>();
		for (Case c : cases) {
			c.expect().recommend().forEach(id -> recommended.add(id.split("@")[0]));
			c.expect().not().forEach(id -> refused.add(id.split("@")[0]));
			c.expect().nearMisses().forEach(id -> refused.add(id.split("@")[0]));
		}
		assertThat(book.catalogue().programmes().keySet()).as("programmes no case recommends").allMatch(recommended::contains);
		assertThat(book.catalogue().programmes().keySet()).as("programmes no case refuses").allMatch(refused::contains);
	}

	@Test
	void everyTableRowIsExercisedBySomeCase() {
		Set<String> fired = new HashSet<>();
		for (Case c : cases) {
			runner.run(book, c).fired().forEach(r -> fired.add(r.table() + "#" + r.row()));
		}
		List<String> idle = new ArrayList<>();
		for (RuleTable table : Stream.concat(book.indicatorTables().stream(), book.programmeTables().stream()).toList()) {
			for (RuleTable.Row row : table.rows()) {
				if (!fired.contains(table.name() + "#" + row.number())) {
					idle.add(table.file() + " " + table.name() + " row " + row.number());
				}
			}
		}
		assertThat(idle).as("table rows no case exercises").isEmpty();
	}

}
