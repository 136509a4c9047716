package org.siao.rulebook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator's gaps and overlaps reach staff as the values they cover at their rows, not as
 * the validator's advice to change the hit policy. Small tables built here.
 */
class CoverageWordsTests {

	private final DmnFileChecks checks = new DmnFileChecks();

	private List<List<RuleProblem>> validate(String file, String policy, String[][] rows) {
		byte[] xml = table(policy, rows).getBytes(StandardCharsets.UTF_8);
		List<RuleProblem> problems = new ArrayList<>();
		List<RuleProblem> warnings = new ArrayList<>();
		DmnFileChecks.Layout layout = checks.layout(file, xml, problems);
		checks.validate(file, xml, file.startsWith("indicators/"), layout, problems, warnings);
		return List.of(problems, warnings);
	}

	@Test
	void anOverlapOfAUniqueTableNamesItsRowsAndTheValuesTheyShare() {
		List<RuleProblem> problems = validate("programmes/t.dmn", "UNIQUE",
				new String[][] { { "[60..70)", "600" }, { "[65..80)", "700" }, { ">= 80", "800" } }).get(0);
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo("T");
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).isEqualTo("rows 1 and 2 both match ageYears from 65 to under 70:"
					+ " change a row's cells so that one value matches only one row");
		});
		assertThat(problems).noneSatisfy(p -> assertThat(p.message()).containsIgnoringCase("hit policy"));
	}

	@Test
	void aGapInAnIndicatorTableNamesTheValuesNoRowMatches() {
		List<RuleProblem> problems = validate("indicators/t.dmn", "UNIQUE",
				new String[][] { { "< 30", "\"FAIL\"" }, { ">= 31", "\"PASS\"" } }).get(0);
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo("T");
			assertThat(p.message()).startsWith("no row matches ageYears from 30 to under 31");
		});
	}

	@Test
	void aGapInAProgrammeTableIsNotReported() {
		List<List<RuleProblem>> found = validate("programmes/t.dmn", "UNIQUE", new String[][] { { ">= 60", "600" } });
		assertThat(found.get(0)).isEmpty();
		assertThat(found.get(1)).noneSatisfy(p -> assertThat(p.message()).contains("no row matches"));
	}

	private static String table(String policy, String[][] rows) {
		boolean text = rows[0][1].startsWith("\"");
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="t" name="t" namespace="https://siao.example/test/t">
				  <inputData id="in_age" name="ageYears"><variable id="in_age_v" name="ageYears" typeRef="number"/></inputData>
				  <decision id="d_T" name="T">
				    <variable id="d_T_v" name="T" typeRef="%s"/>
				    <informationRequirement id="d_T_ir1"><requiredInput href="#in_age"/></informationRequirement>
				    <decisionTable id="dt_T" hitPolicy="%s">
				      <input id="dt_T_i1" label="ageYears"><inputExpression id="dt_T_i1_e" typeRef="number"><text>ageYears</text></inputExpression></input>
				      <output id="dt_T_o"/>
				""".formatted(text ? "string" : "number", policy));
		for (int r = 0; r < rows.length; r++) {
			String id = "dt_T_r" + (r + 1);
			xml.append("      <rule id=\"").append(id).append("\"><inputEntry id=\"").append(id).append("_i1\"><text>")
				.append(rows[r][0].replace("<", "&lt;").replace(">", "&gt;")).append("</text></inputEntry><outputEntry id=\"")
				.append(id).append("_o\"><text>").append(rows[r][1].replace("\"", "&quot;")).append("</text></outputEntry></rule>\n");
		}
		return xml.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
	}

}
