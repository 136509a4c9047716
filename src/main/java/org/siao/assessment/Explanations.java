package org.siao.assessment;

import java.util.List;

import org.siao.rulebook.RuleTable;

/** A table row as the assessment shows it: its conditions in words, and where it stands. */
final class Explanations {

	private final Wording words;

	Explanations(Wording words) {
		this.words = words;
	}

	List<Assessment.Condition> conditions(RuleTable.RowCheck row) {
		List<RuleTable.CellCheck> cells = row.cells();
		Assessment.Condition[] out = new Assessment.Condition[cells.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = condition(cells.get(i));
		}
		return List.of(out);
	}

	Assessment.Condition condition(RuleTable.CellCheck cell) {
		String column = cell.column().name();
		Object value = cell.value() instanceof java.math.BigDecimal n ? new java.math.BigDecimal(n.stripTrailingZeros().toPlainString())
				: cell.value();
		return new Assessment.Condition(column, words.label(column), value, cell.cell().text(), words.condition(cell));
	}

	/** A row as the answer cites it, made once per rule book where the words know the book. */
	Assessment.RuleRef cite(RuleTable table, RuleTable.Row row) {
		BookWords book = words.book();
		return book == null ? ref(table, row) : book.ref(table, row);
	}

	static Assessment.RuleRef ref(RuleTable table, RuleTable.Row row) {
		return new Assessment.RuleRef(table.file(), table.name(), row.number(), row.source(), row.citations());
	}


}
