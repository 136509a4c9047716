package org.siao.rulebook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siao.survey.Fact;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell's values must be of its column's type, checked on the text staff wrote. The number
 * columns are found from {@link Fact} and from the rules themselves, never listed here.
 */
class TypedCellsTests {

	static Stream<Fact> numberFacts() {
		return Stream.of(Fact.values()).filter(f -> f.type() == Fact.Type.NUMBER);
	}

	@ParameterizedTest
	@MethodSource("numberFacts")
	void aThousandsSeparatorIsRefusedInEveryNumberFactSayingWhatToWrite(Fact fact) {
		for (String cell : List.of("36,000", "< 36,000", "[36,000..40000)", "not(36,000)", "1, 36,000")) {
			assertThat(TypedCells.wrong(fact, cell)).as(cell).contains("write 36000").contains("thousands separator");
		}
		assertThat(TypedCells.wrong(fact, "< 36000")).isNull();
		assertThat(TypedCells.wrong(fact, "[30000..36000), null")).isNull();
	}

	@Test
	void everyNumberColumnOfTheRulesRefusesAThousandsSeparatorAtItsTableRowAndColumn() throws Exception {
		Path rules = org.siao.TestRules.copy();
		int columns = 0;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(rules)) {
			files = walk.filter(p -> p.toString().endsWith(".dmn")).toList();
		}
		for (Path file : files) {
			Document doc = parse(Files.readAllBytes(file));
			NodeList decisions = doc.getElementsByTagNameNS("*", "decision");
			for (int d = 0; d < decisions.getLength(); d++) {
				Element decision = (Element) decisions.item(d);
				List<Element> inputs = elements(decision, "input");
				List<Element> firstRowCells = elements((Element) decision.getElementsByTagNameNS("*", "rule").item(0), "inputEntry");
				for (int c = 0; c < inputs.size(); c++) {
					String column = inputs.get(c).getElementsByTagNameNS("*", "text").item(0).getTextContent().trim();
					if (Fact.named(column).map(f -> f.type() != Fact.Type.NUMBER).orElse(true)) {
						continue;
					}
					Element text = (Element) firstRowCells.get(c).getElementsByTagNameNS("*", "text").item(0);
					String before = text.getTextContent();
					text.setTextContent("< 36,000");
					List<RuleProblem> problems = new ArrayList<>();
					new TypedCells().check(file.getFileName().toString(), serialise(doc), Set.of(), problems);
					text.setTextContent(before);
					columns++;
					String table = decision.getAttribute("name");
					assertThat(problems).as(table + " " + column).anySatisfy(p -> {
						assertThat(p.table()).isEqualTo(table);
						assertThat(p.row()).isEqualTo(1);
						assertThat(p.message()).startsWith("column '" + column + "'").contains("write 36000");
					});
				}
			}
		}
		assertThat(columns).isPositive();
	}

	@Test
	void theLoaderRefusesTheFolderWithTheMessageStaffRead() throws Exception {
		Path rules = org.siao.TestRules.copy();
		Path file = rules.resolve("indicators/economy.dmn");
		Document doc = parse(Files.readAllBytes(file));
		// the first number column of the file's first table, whatever the staff put there
		Element decision = (Element) doc.getElementsByTagNameNS("*", "decision").item(0);
		List<Element> inputs = elements(decision, "input");
		int column = -1;
		for (int c = 0; c < inputs.size() && column < 0; c++) {
			String name = inputs.get(c).getElementsByTagNameNS("*", "text").item(0).getTextContent().trim();
			column = Fact.named(name).filter(f -> f.type() == Fact.Type.NUMBER).isPresent() ? c : -1;
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(column >= 0, "the first economy table reads no number");
		Element cell = elements((Element) decision.getElementsByTagNameNS("*", "rule").item(0), "inputEntry").get(column);
		cell.getElementsByTagNameNS("*", "text").item(0).setTextContent(">= 36,000");
		Files.write(file, serialise(doc));
		LoaderResult result = LoaderResult.of(rules);
		assertThat(result.errors()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("indicators/economy.dmn");
			assertThat(p.table()).isEqualTo(decision.getAttribute("name"));
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("write 36000, not 36,000");
		});
	}

	static Stream<Arguments> wrongTypes() {
		return Stream.of(
				Arguments.of(Fact.THAI, "\"yes\"", "where yes or no belongs: write true or false"),
				Arguments.of(Fact.THAI, "1", "a number where yes or no belongs"),
				Arguments.of(Fact.AGE_YEARS, "\"sixty\"", "a text where a number belongs"),
				Arguments.of(Fact.AGE_YEARS, "true", "yes/no (true or false) where a number belongs"),
				Arguments.of(Fact.ASSESSMENT_DATE, "< 2566", "a number where a date belongs"),
				Arguments.of(Fact.DEPENDENCY, "\"BED_RIDDEN\"", "not one of INDEPENDENT, HOMEBOUND, BEDRIDDEN"),
				Arguments.of(Fact.DEPENDENCY, "BEDRIDDEN", null), // a bare name is the shape check's to refuse
				Arguments.of(Fact.DEPENDENCY, "not(\"INDEPENDENT\")", null),
				Arguments.of(Fact.ASSESSMENT_DATE, "[date(\"2017-01-01\")..date(\"2022-01-01\"))", null),
				Arguments.of(Fact.THAI, "true, null", null));
	}

	@ParameterizedTest
	@MethodSource("wrongTypes")
	void aValueOfAnotherTypeIsRefusedInPlainWords(Fact fact, String cell, String says) {
		String wrong = TypedCells.wrong(fact, cell);
		if (says == null) {
			assertThat(wrong).isNull();
		}
		else {
			assertThat(wrong).contains(says).doesNotContain("Exception").doesNotContain("FEEL");
		}
	}

	@Test
	void anIndicatorColumnTakesOnlyAnIndicatorResult() throws Exception {
		String xml = """
				<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="t" name="t" namespace="x">
				  <decision id="d" name="P"><decisionTable id="dt">
				    <input id="i1"><inputExpression id="e1"><text>INC-3</text></inputExpression></input>
				    <output id="o"/>
				    <rule id="r1"><inputEntry id="r1i"><text>"FAILED"</text></inputEntry><outputEntry id="r1o"><text>600</text></outputEntry></rule>
				    <rule id="r2"><inputEntry id="r2i"><text>"FAIL"</text></inputEntry><outputEntry id="r2o"><text>600</text></outputEntry></rule>
				  </decisionTable></decision>
				</definitions>
				""";
		List<RuleProblem> problems = new ArrayList<>();
		new TypedCells().check("programmes/x.dmn", xml.getBytes(), Set.of("INC-3"), problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("\"PASS\", \"FAIL\" or \"NOT_APPLICABLE\"");
		});
	}

	@Test
	void anAmountWithAThousandsSeparatorIsRefusedSayingWhatToWrite() {
		String xml = """
				<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="t" name="t" namespace="x">
				  <decision id="d" name="P"><decisionTable id="dt">
				    <input id="i1"><inputExpression id="e1"><text>ageYears</text></inputExpression></input>
				    <output id="o"/>
				    <rule id="r1"><inputEntry id="r1i"><text>&gt;= 60</text></inputEntry><outputEntry id="r1o"><text>40,000</text></outputEntry></rule>
				  </decisionTable></decision>
				</definitions>
				""";
		List<RuleProblem> problems = new ArrayList<>();
		new TypedCells().check("programmes/x.dmn", xml.getBytes(), Set.of(), problems);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("write 40000, not 40,000");
		});
	}

	/** The errors of a load, empty when it loaded. */
	record LoaderResult(List<RuleProblem> errors) {

		static LoaderResult of(Path rules) {
			return new LoaderResult(new RuleBookLoader(Clock.systemUTC()).check(RulesFolder.read(rules)).errors());
		}

	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static byte[] serialise(Document doc) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
		return out.toByteArray();
	}

	private static List<Element> elements(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getElementsByTagNameNS("*", name);
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

}
