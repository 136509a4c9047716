package org.siao.rulebook;

/**
 * Something wrong in a rules folder: the file, the table and row where known (row numbers are
 * 1-based, as the table editor shows them), and what is wrong.
 */
public record RuleProblem(String file, String table, Integer row, String message) {

	@Override
	public String toString() {
		StringBuilder at = new StringBuilder(file);
		if (table != null) {
			at.append(", table ").append(table);
		}
		if (row != null) {
			at.append(", row ").append(row);
		}
		return at + ": " + message;
	}

}
