package org.siao.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.RuleAnnotationClause;
import org.siao.survey.Fact;

/**
 * Turns one DMN decision table into a {@link RuleTable}, refusing what the engine would
 * otherwise take silently: a column that names no known fact, a row with missing cells, a row
 * that cites no source, an output that is not a constant, a cell outside the shapes tables may use
 * (see {@link TableOnlyDmn}, which refuses such a file before KIE sees it).
 */
final class TableCompiler {

	private final org.siao.sources.Sources sources;

	/** @param sources the documents rows may cite; null when sources.yaml itself is wrong (reported apart) */
	TableCompiler(org.siao.sources.Sources sources) {
		this.sources = sources;
	}

	Optional<RuleTable> compile(String file, String name, DecisionTable table, Set<String> indicatorCodes,
			List<RuleProblem> problems) {
		int before = problems.size();
		HitPolicy.Choice policy = HitPolicy.of(table.getHitPolicy() == null ? null : table.getHitPolicy().name(),
				table.getAggregation() == null ? null : table.getAggregation().name(), file.startsWith(RuleBookLoader.INDICATORS));
		if (policy.refusal() != null) {
			problems.add(new RuleProblem(file, name, null, "table " + name + " " + policy.refusal()));
		}
		List<RuleTable.Column> columns = new ArrayList<>();
		boolean perMember = false;
		for (InputClause input : table.getInput()) {
			String expression = input.getInputExpression() == null ? "" : input.getInputExpression().getText().trim();
			Optional<Fact> fact = Fact.named(expression);
			if (fact.isEmpty() && !indicatorCodes.contains(expression)) {
				problems.add(new RuleProblem(file, name, null, "column '" + expression
						+ "' is neither a survey fact nor an indicator code (see the README's list of facts)"));
			}
			perMember |= fact.map(f -> f.level() == Fact.Level.MEMBER).orElse(false);
			columns.add(new RuleTable.Column(expression, input.getLabel() == null ? expression : input.getLabel()));
		}
		if (table.getOutput().size() != 1) {
			problems.add(new RuleProblem(file, name, null, "must have exactly one output column, has " + table.getOutput().size()));
		}
		int sourceColumn = sourceColumn(table);
		if (sourceColumn < 0) {
			problems.add(new RuleProblem(file, name, null, "has no annotation column named 'source'"));
		}
		List<RuleTable.Row> rows = new ArrayList<>();
		int number = 0;
		for (DecisionRule rule : table.getRule()) {
			number++;
			row(file, name, number, rule, columns.size(), sourceColumn, problems).ifPresent(rows::add);
		}
		if (policy.policy() != null && policy.policy().aggregates()) {
			for (RuleTable.Row row : rows) {
				if (!(row.output() instanceof java.math.BigDecimal)) {
					problems.add(new RuleProblem(file, name, row.number(), "a " + policy.policy().declared()
							+ " table adds up amounts: every row must answer an amount in baht, this one answers " + row.output()));
				}
			}
		}
		return problems.size() == before ? Optional.of(new RuleTable(file, name, policy.policy(), columns,
				rows, perMember)) : Optional.empty();
	}

	private Optional<RuleTable.Row> row(String file, String table, int number, DecisionRule rule, int width,
			int sourceColumn, List<RuleProblem> problems) {
		int before = problems.size();
		if (rule.getInputEntry().size() != width) {
			problems.add(new RuleProblem(file, table, number, "has " + rule.getInputEntry().size() + " input cells, the table has " + width + " columns"));
		}
		if (rule.getOutputEntry().size() != 1) {
			problems.add(new RuleProblem(file, table, number, "has " + rule.getOutputEntry().size() + " output cells, expected 1"));
		}
		String source = sourceColumn >= 0 && rule.getAnnotationEntry().size() > sourceColumn
				? rule.getAnnotationEntry().get(sourceColumn).getText() : null;
		if (source == null || source.isBlank()) {
			problems.add(new RuleProblem(file, table, number, "cites no source (fill its 'source' annotation)"));
		}
		else if (sources != null && sources.problem(source) != null) {
			problems.add(new RuleProblem(file, table, number, "source " + sources.problem(source)));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		List<Cell> cells = new ArrayList<>(width);
		for (int c = 0; c < width; c++) {
			cells.add(cell(file, table, number, rule.getInputEntry().get(c).getText(), problems));
		}
		Object output = output(file, table, number, rule.getOutputEntry().get(0).getText(), problems);
		return problems.size() > before ? Optional.empty()
				: Optional.of(new RuleTable.Row(number, rule.getId(), cells, output, source.trim(),
						sources == null ? List.of() : sources.resolve(source)));
	}

	private Cell cell(String file, String table, int row, String text, List<RuleProblem> problems) {
		String t = text == null ? "-" : text.trim();
		if (t.equals("-") || t.isEmpty()) {
			return Cell.any();
		}
		Optional<CellTest> simple = CellParser.parse(t);
		if (simple.isEmpty()) {
			problems.add(new RuleProblem(file, table, row, "cell '" + t + "' is not one of the shapes a table cell may take"));
			return Cell.any();
		}
		return Cell.nativeCell(t, simple.get());
	}

	private Object output(String file, String table, int row, String text, List<RuleProblem> problems) {
		Optional<OutputLiteral> value = OutputLiteral.parse(text);
		if (value.isEmpty()) {
			problems.add(new RuleProblem(file, table, row, "output '" + text + "' must be a constant (a number, a \"text\" or null)"));
			return null;
		}
		return value.get().value();
	}

	private static int sourceColumn(DecisionTable table) {
		List<RuleAnnotationClause> annotations = table.getAnnotation();
		for (int i = 0; i < annotations.size(); i++) {
			if ("source".equalsIgnoreCase(annotations.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

}
