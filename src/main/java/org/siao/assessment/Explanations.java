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
		BookWords book = words.book();
		return book == null ? made(cell) : book.condition(cell, this::made);
	}

	/** A condition as a short phrase for a reason: "อายุ 72 ปี", "ไม่ได้รับบำนาญจากรัฐ". */
	String phrase(RuleTable.CellCheck cell) {
		BookWords book = words.book();
		return book == null ? words.phrase(cell) : book.phrase(cell, words::phrase);
	}

	private Assessment.Condition made(RuleTable.CellCheck cell) {
		String column = cell.column().name();
		return new Assessment.Condition(column, words.label(column), plain(cell.value()), cell.cell().text(), words.condition(cell));
	}

	/** A number as written without trailing zeros, and never in powers of ten: 72.50 as 72.5, 1E+3 as 1000. */
	private static Object plain(Object value) {
		if (!(value instanceof java.math.BigDecimal n)) {
			return value;
		}
		if (n.scale() == 0) {
			return n; // what writing it plainly and reading it back gives: the same digits, scale 0
		}
		return new java.math.BigDecimal(n.stripTrailingZeros().toPlainString());
	}

	/** A row as the answer cites it, made once per rule book where the words know the book. */
	Assessment.RuleRef cite(RuleTable table, RuleTable.Row row) {
		BookWords book = words.book();
		return book == null ? ref(table, row) : book.ref(table, row);
	}

	/** False for a table none of whose near misses could be shown, so its rows need no look. */
	boolean mayTellNearMiss(RuleTable table) {
		BookWords book = words.book();
		return book == null || book.mayTellNearMiss(table);
	}

	static Assessment.RuleRef ref(RuleTable table, RuleTable.Row row) {
		return new Assessment.RuleRef(table.file(), table.name(), row.number(), row.source(), row.citations());
	}


}
