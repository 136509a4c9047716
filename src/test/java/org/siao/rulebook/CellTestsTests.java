package org.siao.rulebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation's way of running a compiled cell gives the compiled test's own answer, shape by shape. */
class CellTestsTests {

	private static final List<String> CELLS = List.of("< 38000", "<= 100000", "> 0", ">= 60", "[60..70)", "[15..59]",
			"(0..5]", "]0..5[", "5", "60.0", "\"FAIL\"", "\"UC\",\"NONE\"", "true", "false", "not(\"INDEPENDENT\")",
			"not(true)", "null", "null, < 5", "not(null)", "< date(\"2017-01-01\")", "[date(\"2017-01-01\")..date(\"2022-01-01\"))",
			">= date(\"2022-01-01\")", "date(\"2022-01-01\")", "< \"M\"", "[\"A\"..\"F\"]", "[1..5], [8..10]", "not([1..5], 7)");

	private static final List<Object> VALUES = Arrays.asList(null, new BigDecimal("0"), new BigDecimal("5"),
			new BigDecimal("5.00"), new BigDecimal("59"), new BigDecimal("60"), new BigDecimal("69.9"), new BigDecimal("70"),
			new BigDecimal("-3"), new BigDecimal("38000"), new BigDecimal("100001"), "FAIL", "PASS", "NONE", "UC",
			"INDEPENDENT", "BEDRIDDEN", "A", "G", "M", "", Boolean.TRUE, Boolean.FALSE, LocalDate.parse("2016-12-31"),
			LocalDate.parse("2017-01-01"), LocalDate.parse("2022-01-01"), LocalDate.parse("2030-05-05"));

	@Test
	void everyShapeAnswersAsItsCompiledTest() {
		List<String> differ = new ArrayList<>();
		int compared = 0;
		for (String text : CELLS) {
			CellTest test = CellParser.parse(text).orElseThrow(() -> new AssertionError("not compiled: " + text));
			for (Object value : VALUES) {
				compared++;
				if (CellTests.holds(test, value) != test.test(value)) {
					differ.add(text + " on " + value);
				}
			}
		}
		assertThat(differ).isEmpty();
		assertThat(compared).isEqualTo(CELLS.size() * VALUES.size());
	}

}
