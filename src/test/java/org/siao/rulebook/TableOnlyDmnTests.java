package org.siao.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FEEL is a programming language; a table needs none of it. A rules file that holds anything but
 * decision tables with plain cells is refused at its table, row and column before KIE compiles,
 * validates or runs any of it.
 */
class TableOnlyDmnTests {

	private final Path rules = org.siao.SmallRules.copy();

	private final RuleBookLoader loader = new RuleBookLoader(Clock.systemUTC());

	private void edit(String file, String from, String to) throws IOException {
		Path path = rules.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
	}

	private List<RuleProblem> errors() {
		RuleBookLoader.Report report = loader.check(RulesFolder.read(rules));
		assertThat(report.publishable()).isFalse();
		return report.errors();
	}

	@Test
	void theRepoRulesUseOnlyAllowedShapes() {
		List<RuleProblem> problems = new ArrayList<>();
		RulesFolder.read(Path.of("rules")).files().forEach((file, content) -> {
			if (file.endsWith(".dmn")) {
				new TableOnlyDmn().check(file, content, problems);
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void aLoopInACellIsRefusedAtItsRowAndColumnAndNothingElseRuns() throws IOException {
		edit("programmes/cash.dmn", "<text>[70..80)</text>", "<text>for i in 1..1000000000 return i</text>");
		// one problem only: had the validator or the compiler seen the file, they would have spoken too
		assertThat(errors()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("programmes/cash.dmn");
			assertThat(p.table()).isEqualTo("OLD-AGE-ALLOWANCE");
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.message()).startsWith("column 'ageYears': 'for i in 1..1000000000 return i' is not allowed");
		});
	}

	@Test
	void anOutputCallingJavaIsRefusedAndNeverEvaluated() throws IOException {
		String property = "siao.test.output-ran-" + System.nanoTime();
		String call = "{ f: function(k, v) external { java: { class: \"java.lang.System\", method signature: "
				+ "\"setProperty(java.lang.String, java.lang.String)\" } }, r: f(\"" + property + "\", \"yes\") }.r";
		edit("programmes/cash.dmn", "<text>600</text>", "<text>" + call.replace("\"", "&quot;") + "</text>");
		assertThat(errors()).singleElement().satisfies(p -> {
			assertThat(p.table()).isEqualTo("OLD-AGE-ALLOWANCE");
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("an output must be a constant");
		});
		assertThat(System.getProperty(property)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "some x in [1, 2] satisfies x > 1", "every x in [1] satisfies x > 0", "? instance of number",
			"string length(?) < 3", "{a: 1}.a", "[1, 2, 3][item > 1]", "?.year > 2000", "count([1, 2]) > 1",
			"function(x) x", "> 1 + 1", "date(\"2022-01-01\") + duration(\"P1D\")", "\"a\\\"b\"" })
	void feelBeyondPlainCellsIsRefused(String cell) {
		List<RuleProblem> problems = new ArrayList<>();
		new TableOnlyDmn().check("programmes/x.dmn", table("<text>" + xml(cell) + "</text>", "<text>1</text>", ""), problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.table()).isEqualTo("X");
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).startsWith("column 'ageYears':").contains("is not allowed");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "<businessKnowledgeModel id=\"bkm\" name=\"exit\"><encapsulatedLogic kind=\"Java\"/></businessKnowledgeModel>",
			"<import namespace=\"urn:x\" name=\"x\" importType=\"http://www.omg.org/spec/DMN/20180521/MODEL/\"/>",
			"<decisionService id=\"s\" name=\"s\"/>", "<itemDefinition name=\"t\"><typeRef>number</typeRef></itemDefinition>" })
	void elementsATableDoesNotNeedAreRefusedAtTheElement(String element) {
		List<RuleProblem> problems = new ArrayList<>();
		new TableOnlyDmn().check("programmes/x.dmn", table("<text>1</text>", "<text>1</text>", element), problems);
		String name = element.substring(1, element.indexOf(' '));
		assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("<" + name + "> is not allowed"));
	}

	@Test
	void aDecisionThatIsAnExpressionRatherThanATableIsRefused() {
		String literal = """
				<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="x" name="x" namespace="urn:x">
				  <decision id="d" name="X"><literalExpression><text>1</text></literalExpression></decision>
				</definitions>""";
		List<RuleProblem> problems = new ArrayList<>();
		new TableOnlyDmn().check("programmes/x.dmn", literal.getBytes(), problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.table()).isEqualTo("X");
			assertThat(p.message()).startsWith("<literalExpression> is not allowed");
		});
	}

	@Test
	void anotherExpressionLanguageIsRefused() {
		List<RuleProblem> problems = new ArrayList<>();
		byte[] xml = new String(table("<text>1</text>", "<text>1</text>", ""))
			.replace("<decisionTable ", "<decisionTable expressionLanguage=\"http://www.mvel.org/\" ").getBytes();
		new TableOnlyDmn().check("programmes/x.dmn", xml, problems);
		assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("expressionLanguage"));
	}

	@Test
	void aTableTooLargeToCheckIsRefusedWhole() {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i <= TableOnlyDmn.MAX_ROWS_PER_TABLE; i++) {
			rows.append("<rule><inputEntry><text>").append(i).append("</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>");
		}
		String xml = new String(table("<text>-</text>", "<text>1</text>", "")).replace("</decisionTable>", rows + "</decisionTable>");
		List<RuleProblem> problems = new ArrayList<>();
		new TableOnlyDmn().check("programmes/x.dmn", xml.getBytes(), problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.table()).isEqualTo("X");
			assertThat(p.message()).contains(TableOnlyDmn.MAX_ROWS_PER_TABLE + " rows");
		});
	}

	@Test
	void aFolderWithTooManyRowsInAllIsRefusedBeforeCompiling() throws IOException {
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i < TableOnlyDmn.MAX_ROWS_PER_TABLE; i++) {
			rows.append("<rule><inputEntry><text>").append(i).append("</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>");
		}
		String xml = new String(table("<text>-</text>", "<text>1</text>", "")).replace("</decisionTable>", rows + "</decisionTable>");
		for (int f = 0; f <= TableOnlyDmn.MAX_ROWS_PER_FOLDER / TableOnlyDmn.MAX_ROWS_PER_TABLE; f++) {
			Files.writeString(rules.resolve("programmes/extra" + f + ".dmn"), xml);
		}
		assertThat(errors()).singleElement().satisfies(p -> assertThat(p.message())
			.contains("a rules folder may have at most " + TableOnlyDmn.MAX_ROWS_PER_FOLDER));
	}

	@Test
	void aCellTooLongIsRefused() {
		String list = "\"A\"" + ",\"A\"".repeat(TableOnlyDmn.MAX_TEXT_CHARS / 4);
		List<RuleProblem> problems = new ArrayList<>();
		new TableOnlyDmn().check("programmes/x.dmn", table("<text>" + xml(list) + "</text>", "<text>1</text>", ""), problems);
		assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("at most"));
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** A one-row table X over ageYears, with an extra element before the decision. */
	private static byte[] table(String cell, String output, String extra) {
		return ("""
				<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="x" name="x" namespace="urn:x">
				  %s
				  <decision id="d" name="X">
				    <decisionTable id="t" hitPolicy="FIRST">
				      <input id="i" label="ageYears"><inputExpression typeRef="number"><text>ageYears</text></inputExpression></input>
				      <output id="o"/>
				      <rule id="r1"><inputEntry>%s</inputEntry><outputEntry>%s</outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>""").formatted(extra, cell, output).getBytes();
	}

}
