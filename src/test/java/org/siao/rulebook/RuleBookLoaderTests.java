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
 * table and the row. Each test breaks a copy of a small folder the tests own (never the staff's
 * rules/, which only has to load) in one place.
 */
class RuleBookLoaderTests {

	/** A small folder the tests own: each test breaks it in one place. */
	private final Path rules = org.siao.SmallRules.copy();

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
		Path repo = org.siao.TestRules.copy();
		RuleBook first = loader.load(RulesFolder.read(repo));
		RuleBook second = loader.load(RulesFolder.read(repo));
		// one table per catalogue entry, whatever the staff have written
		assertThat(first.indicatorTables()).hasSize(first.catalogue().indicators().size()).isNotEmpty();
		assertThat(first.programmeTables()).hasSize(first.catalogue().programmes().size()).isNotEmpty();
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
		String table = blankFirstAnnotation("indicators/economy.dmn", " ");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo(table);
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("source");
		});
	}

	@Test
	void aRowCitingAKeyTheSourcesDoNotListIsRejectedAtItsRow() throws IOException {
		String table = blankFirstAnnotation("programmes/cash.dmn", "[no-such-document §2] 600 baht");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo(table);
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("[no-such-document]").contains("sources.yaml");
		});
	}

	@Test
	void aRowCitingNoKeyAndNotSayingUnconfirmedIsRejected() throws IOException {
		String table = blankFirstAnnotation("programmes/cash.dmn", "somewhere on the web");
		assertThat(rejected().problems()).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo(table);
			assertThat(p.message()).contains("UNCONFIRMED:").contains("[key]");
		});
	}

	@Test
	void everyRowOfTheRepoRulesCitesAListedDocumentOrSaysWhyNone() {
		RuleBook book = loader.load(RulesFolder.read(org.siao.TestRules.copy()));
		for (RuleTable table : concat(book.indicatorTables(), book.programmeTables())) {
			for (RuleTable.Row row : table.rows()) {
				assertThat(row.citations().isEmpty() ? row.source() : "cites").as(table.name() + " row " + row.number())
					.satisfiesAnyOf(s -> assertThat(s).isEqualTo("cites"), s -> assertThat(s).startsWith("UNCONFIRMED:"));
				row.citations().forEach(c -> assertThat(c.link()).startsWith("http"));
			}
		}
	}

	/** Replaces the first row's source of the file's first table; returns that table's name. */
	private String blankFirstAnnotation(String file, String text) throws IOException {
		Path path = rules.resolve(file);
		String xml = Files.readString(path);
		java.util.regex.Matcher decision = java.util.regex.Pattern.compile("<decision id=\"[^\"]*\" name=\"([^\"]*)\"").matcher(xml);
		assertThat(decision.find()).isTrue();
		int at = xml.indexOf("<annotationEntry><text>", decision.end());
		int end = xml.indexOf("</text>", at);
		Files.writeString(path, xml.substring(0, at) + "<annotationEntry><text>" + text + xml.substring(end));
		return decision.group(1);
	}

	private static java.util.List<RuleTable> concat(java.util.List<RuleTable> a, java.util.List<RuleTable> b) {
		java.util.List<RuleTable> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
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
			assertThat(p.message()).startsWith("no row matches").contains("incomePerPerson from ");
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
