package org.siao.policy.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.siao.policy.dmn.DmnDocument;
import org.siao.policy.dmn.DmnTable;

import static org.assertj.core.api.Assertions.assertThat;

/** The as-you-type cell check: what the rules already hold passes, what people mistype is refused. */
class CellCheckTests {

	@Test
	void everyCellOfTheRulesPassesItsColumnsCheck() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
				for (DmnTable table : DmnDocument.parse(Files.readAllBytes(file)).tables()) {
					for (DmnTable.Row row : table.rows()) {
						for (int c = 0; c < table.columnCount(); c++) {
							assertThat(CellCheck.check(table.columnType(c), row.cells().get(c)))
								.as(file + " " + table.name() + " row " + row.number() + " " + table.columnLabel(c) + ": "
										+ row.cells().get(c))
								.isEmpty();
						}
					}
				}
			}
		}
	}

	@Test
	void aFigureWithAThousandsSeparatorIsRefusedWithTheFigureToWrite() {
		var problem = CellCheck.check("number", "< 40,000").orElseThrow();
		assertThat(problem.key()).isEqualTo("policy.cell.grouped");
		assertThat(problem.arguments()).containsExactly("40,000", "40000");
		assertThat(CellCheck.check("output:number", "1,000")).isPresent();
		assertThat(CellCheck.check("number", "< 40000")).isEmpty();
		assertThat(CellCheck.check("number", "[1..5], > 10")).isEmpty();
	}

	@Test
	void wordsDatesAndBooleansOutOfPlaceAreRefused() {
		assertThat(CellCheck.check("number", "< forty").orElseThrow().key()).isEqualTo("policy.cell.number");
		assertThat(CellCheck.check("date", ">= date(\"2025-02-30\")").orElseThrow().key()).isEqualTo("policy.cell.noSuchDate");
		assertThat(CellCheck.check("date", ">= 2025-02-01").orElseThrow().key()).isEqualTo("policy.cell.date");
		assertThat(CellCheck.check("boolean", "yes").orElseThrow().key()).isEqualTo("policy.cell.boolean");
		assertThat(CellCheck.check("string", "< \"A\"").orElseThrow().key()).isEqualTo("policy.cell.noCompare");
		assertThat(CellCheck.check("string", "not(\"A\", \"B\")")).isEmpty();
		assertThat(CellCheck.check("text", "2560-2564 line 38,000 baht")).isEmpty();
	}

}
