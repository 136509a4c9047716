package org.siao.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rules folder that is wrong in any way is rejected whole, with a message naming the file, the
 * table and the row. Each test breaks a copy of the repo's rules in one place.
 */
class RuleBookLoaderTests {

	private final Path rules = org.siao.TestRules.copy();

	private final RuleBookLoader loader = new RuleBookLoader(Clock.systemUTC());

	private void edit(String file, String from, String to) throws IOException {
		Path path = rules.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
	}

	private RulesRejected rejected() {
		return (RulesRejected) org.assertj.core.api.Assertions.catchThrowable(() -> loader.load(RulesFolder.read(rules)));
	}

	@Test
	void theRepoRulesLoadWithAStableVersion() {
		RuleBook first = loader.load(RulesFolder.read(rules));
		RuleBook second = loader.load(RulesFolder.read(rules));
		assertThat(first.indicatorTables()).hasSize(21);
		assertThat(first.programmeTables()).hasSize(40);
		assertThat(first.version()).isEqualTo(second.version()).hasSize(12);
	}

	@Test
	void aChangedFileChangesTheVersion() throws IOException {
		String before = RulesFolder.read(rules).version();
		edit("programmes/cash.dmn", "<text>600</text>", "<text>650</text>");
		assertThat(RulesFolder.read(rules).version()).isNotEqualTo(before);
	}

	@Test
	void aCellFeelCannotReadIsRejectedWithFileTableAndRow() throws IOException {
		edit("programmes/cash.dmn", "<text>[60..70)</text>", "<text>[60..</text>");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("programmes/cash.dmn");
			assertThat(p.table()).isEqualTo("OLD-AGE-ALLOWANCE");
			assertThat(p.row()).isEqualTo(1);
		});
	}

	@Test
	void aRowWithoutOutputIsNotDroppedSilently() throws IOException {
		// KIE's compiler accepts this row without a word; the loader must not
		edit("programmes/cash.dmn", "<outputEntry id=\"dt_OLD_AGE_ALLOWANCE_r3_o\"><text>800</text></outputEntry>", "");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("programmes/cash.dmn");
			assertThat(p.table()).isEqualTo("OLD-AGE-ALLOWANCE");
			assertThat(p.row()).isEqualTo(3);
		});
	}

	@Test
	void aRowThatCitesNoSourceIsRejected() throws IOException {
		edit("indicators/economy.dmn",
				"<annotationEntry><text>2555-2559 line 30,000 baht/person/year (shared/domain/REFERENCE.md A.3, SECONDARY)</text>",
				"<annotationEntry><text> </text>");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo("INC-3");
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("source");
		});
	}

	@Test
	void aColumnNamingNoFactIsRejectedRatherThanReadAsUnknown() throws IOException {
		edit("programmes/cash.dmn", "<text>statePension</text></inputExpression>", "<text>statePensoin</text></inputExpression>");
		assertThat(rejected().problems()).anySatisfy(p -> assertThat(p.message()).contains("statePensoin"));
	}

	@Test
	void overlappingRowsOfAUniqueTableAreRejected() throws IOException {
		edit("programmes/cash.dmn", "<text>[70..80)</text>", "<text>[65..80)</text>");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("programmes/cash.dmn");
			assertThat(p.table()).isEqualTo("OLD-AGE-ALLOWANCE");
		});
	}

	@Test
	void aGapInAnIndicatorTableIsRejected() throws IOException {
		edit("indicators/economy.dmn", "<text>&gt;= 30000</text>", "<text>&gt;= 31000</text>");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo("INC-3");
			assertThat(p.message()).containsIgnoringCase("gap");
		});
	}

	@Test
	void aDrlErrorIsRejectedNamingTheFile() throws IOException {
		edit("plan.drl", "insert( new Urgent( $o ) );", "insert( new Urgent( $o ) ;");
		assertThat(rejected().problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("plan.drl"));
	}

	@Test
	void aTableWithoutCatalogueEntryIsRejected() throws IOException {
		edit("catalogue/programmes.yaml", "DEBT-REFERRAL:", "DEBT-COUNSELLING:");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo("DEBT-REFERRAL");
			assertThat(p.message()).contains("catalogue/programmes.yaml");
		});
	}

	@Test
	void everyProblemIsReportedAtOnce() throws IOException {
		edit("programmes/cash.dmn", "<text>[60..70)</text>", "<text>[60..</text>");
		edit("catalogue/programmes.yaml", "kind: LOAN", "kind: GRANT");
		assertThatThrownBy(() -> loader.load(RulesFolder.read(rules))).isInstanceOf(RulesRejected.class)
			.hasMessageContaining("programmes/cash.dmn, table OLD-AGE-ALLOWANCE, row 1")
			.hasMessageContaining("catalogue/programmes.yaml");
	}

}
