package org.siao.releases;

/**
 * One change between two releases, as policy staff read it: in a decision table a cell
 * ({@code table}, {@code row}, {@code column}: {@code oldValue} → {@code newValue}) or a whole
 * row added or removed; in the catalogue a field of an entry ({@code table} is the catalogue file,
 * {@code entry} the programme or indicator code); any other file added, removed or changed.
 *
 * @param row 1-based row number in the newer table (in the older one for a removed row)
 * @param ruleId the DMN rule id of the row, which stays with the row when rows move
 */
public record RowChange(Kind kind, String file, String table, Integer row, String ruleId, String entry, String column,
		String oldValue, String newValue) {

	public enum Kind {
		CELL_CHANGED, ROW_ADDED, ROW_REMOVED, TABLE_ADDED, TABLE_REMOVED, TABLE_CHANGED, ENTRY_ADDED, ENTRY_REMOVED,
		FIELD_CHANGED, FILE_ADDED, FILE_REMOVED, FILE_CHANGED
	}

}
