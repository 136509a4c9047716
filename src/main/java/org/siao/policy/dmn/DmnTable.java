package org.siao.policy.dmn;

import java.util.List;

/**
 * A decision table as the grid shows it: inputs, outputs and annotation columns, and each row's
 * cells in that order (texts as written in the file).
 */
public record DmnTable(String name, String description, String hitPolicy, List<Column> inputs, List<Column> outputs,
		List<String> annotations, List<Row> rows) {

	/** A column's label and its DMN type (number, date, string, boolean; empty when not declared). */
	public record Column(String label, String type) {
	}

	/** {@code number} counts from 1 as the explanations cite rows; {@code id} is the rule's id in the file. */
	public record Row(int number, String id, List<String> cells) {
	}

	public int columnCount() {
		return inputs.size() + outputs.size() + annotations.size();
	}

	/** The label of a column, counting inputs, then outputs, then annotations. */
	public String columnLabel(int column) {
		if (column < inputs.size()) {
			return inputs.get(column).label();
		}
		if (column < inputs.size() + outputs.size()) {
			return outputs.get(column - inputs.size()).label();
		}
		return annotations.get(column - inputs.size() - outputs.size());
	}

	/** The type a cell of the column must have; annotations are free text. */
	public String columnType(int column) {
		if (column < inputs.size()) {
			return inputs.get(column).type();
		}
		if (column < inputs.size() + outputs.size()) {
			return "output:" + outputs.get(column - inputs.size()).type();
		}
		return "text";
	}

	public java.util.Optional<Row> row(String id) {
		return rows.stream().filter(r -> r.id().equals(id)).findFirst();
	}

}
