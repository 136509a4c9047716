package org.siao.policy.dmn;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DMN editor changes the cells and rows asked for and nothing else of the file. */
class DmnDocumentTests {

	private static final String DMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="t" name="t" namespace="https://example/t">
			  <!-- kept as written -->
			  <decision id="d_X" name="X-1">
			    <description>Income line &quot;test&quot;.</description>
			    <decisionTable id="dt_X" hitPolicy="UNIQUE">
			      <input id="dt_X_i1" label="assessmentDate">
			        <inputExpression id="dt_X_i1_e" typeRef="date"><text>assessmentDate</text></inputExpression>
			      </input>
			      <input id="dt_X_i2" label="income">
			        <inputExpression id="dt_X_i2_e" typeRef="number"><text>income</text></inputExpression>
			      </input>
			      <output id="dt_X_o"/>
			      <annotation name="source"/>
			      <rule id="dt_X_r1">
			        <inputEntry id="dt_X_r1_i1"><text>&gt;= date("2022-01-01")</text></inputEntry>
			        <inputEntry id="dt_X_r1_i2"><text>&lt; 100</text></inputEntry>
			        <outputEntry id="dt_X_r1_o"><text>"FAIL"</text></outputEntry>
			        <annotationEntry><text>old line</text></annotationEntry>
			      </rule>
			      <rule id="dt_X_r2">
			        <inputEntry id="dt_X_r2_i1"><text>&gt;= date("2022-01-01")</text></inputEntry>
			        <inputEntry id="dt_X_r2_i2"><text>&gt;= 100</text></inputEntry>
			        <outputEntry id="dt_X_r2_o"><text>"PASS"</text></outputEntry>
			        <annotationEntry><text>old line</text></annotationEntry>
			      </rule>
			    </decisionTable>
			  </decision>
			</definitions>
			""";

	private static DmnDocument doc() {
		return DmnDocument.parse(DMN.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFileReadAndWrittenUnchangedKeepsEveryLine() {
		String written = new String(doc().bytes(), StandardCharsets.UTF_8);
		assertThat(written).isEqualTo(DMN.replace("&quot;", "\""));
	}

	@Test
	void theRulesFilesSurviveARoundTripWithTheirTablesIntact() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
				byte[] original = Files.readAllBytes(file);
				DmnDocument once = DmnDocument.parse(original);
				byte[] written = once.bytes();
				assertThat(DmnDocument.parse(written).tables()).as(file.toString()).isEqualTo(once.tables());
				assertThat(DmnDocument.normalise(written)).isEqualTo(written);
				long changedLines = countChangedLines(new String(original, StandardCharsets.UTF_8),
						new String(written, StandardCharsets.UTF_8));
				assertThat(changedLines).as(file + ": lines other than &quot; escapes").isZero();
			}
		}
	}

	private static long countChangedLines(String a, String b) {
		List<String> left = a.replace("&quot;", "\"").lines().toList();
		List<String> right = b.lines().toList();
		if (left.size() != right.size()) {
			return Math.abs(left.size() - right.size()) + 1000;
		}
		long changed = 0;
		for (int i = 0; i < left.size(); i++) {
			if (!left.get(i).equals(right.get(i))) {
				changed++;
			}
		}
		return changed;
	}

	@Test
	void aCellChangesAndOnlyItsLineDoes() {
		DmnDocument doc = doc();
		doc.setCell("X-1", "dt_X_r1", 1, "< 120");
		String written = new String(doc.bytes(), StandardCharsets.UTF_8);
		assertThat(written).contains("<text>&lt; 120</text>");
		assertThat(countChangedLines(DMN, written)).isEqualTo(1);
		assertThat(doc.table("X-1").orElseThrow().rows().get(0).cells().get(1)).isEqualTo("< 120");
	}

	@Test
	void rowsAreCopiedWithNewIdsMovedAndRemoved() {
		DmnDocument doc = doc();
		String copy = doc.copyRow("X-1", "dt_X_r1");
		assertThat(copy).isEqualTo("dt_X_r3");
		assertThat(new String(doc.bytes(), StandardCharsets.UTF_8)).contains("id=\"dt_X_r3_i2\"");
		assertThat(ids(doc)).containsExactly("dt_X_r1", "dt_X_r3", "dt_X_r2");
		doc.moveRow("X-1", "dt_X_r3", false);
		assertThat(ids(doc)).containsExactly("dt_X_r1", "dt_X_r2", "dt_X_r3");
		doc.moveRow("X-1", "dt_X_r3", true);
		doc.moveRow("X-1", "dt_X_r1", true);
		assertThat(ids(doc)).containsExactly("dt_X_r1", "dt_X_r3", "dt_X_r2");
		doc.removeRow("X-1", "dt_X_r3");
		assertThat(new String(doc.bytes(), StandardCharsets.UTF_8)).isEqualTo(DMN.replace("&quot;", "\""));
	}

	@Test
	void aDatedChangeClosesTheOpenRowsAndAddsRowsFromTheDate() {
		DmnDocument doc = doc();
		List<String> added = doc.changeFrom("X-1", 0, 1, LocalDate.of(2025, 10, 1), new BigDecimal("120"), "new line");
		assertThat(added).hasSize(2);
		DmnTable table = doc.table("X-1").orElseThrow();
		assertThat(table.rows()).extracting(r -> r.cells().subList(0, 3)).containsExactly(
				List.of("[date(\"2022-01-01\")..date(\"2025-10-01\"))", "< 100", "\"FAIL\""),
				List.of("[date(\"2022-01-01\")..date(\"2025-10-01\"))", ">= 100", "\"PASS\""),
				List.of(">= date(\"2025-10-01\")", "< 120", "\"FAIL\""),
				List.of(">= date(\"2025-10-01\")", ">= 120", "\"PASS\""));
		assertThat(table.rows().get(2).cells().get(3)).isEqualTo("new line");
		assertThat(table.rows().get(0).cells().get(3)).isEqualTo("old line");
	}

	@Test
	void somethingThatIsNotDmnIsRefusedByName() {
		assertThatThrownBy(() -> DmnDocument.parse("<html/>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(DmnDocument.InvalidDmn.class, e -> assertThat(e.key()).isEqualTo("policy.dmn.notDmn"));
		assertThatThrownBy(() -> DmnDocument.parse("<definitions".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DmnDocument.InvalidDmn.class);
		assertThatThrownBy(() -> DmnDocument.parse(
				"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>"
					.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DmnDocument.InvalidDmn.class);
	}

	private static List<String> ids(DmnDocument doc) {
		return doc.table("X-1").orElseThrow().rows().stream().map(DmnTable.Row::id).toList();
	}

}
