package org.siao.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.dmn.feel.FEEL;
import org.kie.dmn.feel.lang.impl.FEELImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled cell shapes give FEEL's own answer, value by value, including at the bounds. */
class CellParserTests {

	private static final FEELImpl FEEL_ENGINE = (FEELImpl) FEEL.newInstance(CellParserTests.class.getClassLoader(), List.of());

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"< 38000|37999", "< 38000|38000", "<= 100000|100000", "<= 100000|100001", "> 0|0", ">= 60|60", ">= 60|59",
			"[60..70)|60", "[60..70)|69.9", "[60..70)|70", "[15..59]|59", "(0..5]|0", "]0..5[|5", "[6..14]|6",
			"\"FAIL\"|FAIL", "\"FAIL\"|PASS", "\"UC\",\"NONE\"|NONE", "\"UC\",\"NONE\"|SOCIAL_SECURITY", "true|true", "false|true",
			"not(\"INDEPENDENT\")|BEDRIDDEN", "not(\"INDEPENDENT\")|INDEPENDENT", "< date(\"2017-01-01\")|2016-12-31",
			"[date(\"2017-01-01\")..date(\"2022-01-01\"))|2022-01-01", ">= date(\"2022-01-01\")|2022-01-01" })
	void agreesWithFeel(String cell, String raw) {
		Object value = raw.equals("true") || raw.equals("false") ? Boolean.valueOf(raw)
				: raw.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(raw)
				: raw.matches("-?[\\d.]+") ? new BigDecimal(raw) : raw;
		CellTest compiled = CellParser.parse(cell).orElseThrow();
		boolean feel = FEEL_ENGINE.evaluateUnaryTests(cell).stream()
			.anyMatch(t -> Boolean.TRUE.equals(t.apply(FEEL_ENGINE.newEvaluationContext(List.of(), java.util.Map.of()), value)));
		assertThat(compiled.test(value)).as(cell + " on " + raw).isEqualTo(feel);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "count(?) > 1", "string length(?) < 3", "[1..", "?.x = 1" })
	void leavesAnythingElseToFeel(String cell) {
		assertThat(CellParser.parse(cell)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "< 5|UNKNOWN", "-|TRUE", "null|TRUE", "null, < 5|TRUE" })
	void anUnknownValueIsUnknownUnlessTheCellSpeaksOfNull(String cell, Tri expected) {
		Cell compiled = cell.equals("-") ? Cell.any() : Cell.nativeCell(cell, CellParser.parse(cell).orElseThrow());
		assertThat(compiled.evaluate(null, null)).isEqualTo(expected);
	}

}
