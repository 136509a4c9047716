package org.siao.rulebook;

import java.util.List;
import java.util.Set;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.CatalogueReader;
import org.siao.sources.Sources;

/**
 * Loader steps on the catalogue against the compiled tables: one entry per table and one table
 * per entry, outputs of the right kind, and sources cited by key.
 */
final class CatalogueChecks {

	private CatalogueChecks() {
	}

	static void coverage(Catalogue catalogue, List<RuleTable> indicators, List<RuleTable> programmes,
			List<RuleProblem> problems) {
		Set<String> indicatorTables = new java.util.HashSet<>();
		for (RuleTable table : indicators) {
			indicatorTables.add(table.name());
			if (catalogue.indicator(table.name()).isEmpty()) {
				problems.add(new RuleProblem(table.file(), table.name(), null, "has no entry in " + CatalogueReader.INDICATORS));
			}
			for (RuleTable.Row row : table.rows()) {
				if (!List.of("PASS", "FAIL", "NOT_APPLICABLE").contains(String.valueOf(row.output()))) {
					problems.add(new RuleProblem(table.file(), table.name(), row.number(),
							"output must be \"PASS\", \"FAIL\" or \"NOT_APPLICABLE\", is " + row.output()));
				}
			}
		}
		Set<String> programmeTables = new java.util.HashSet<>();
		for (RuleTable table : programmes) {
			programmeTables.add(table.name());
			if (catalogue.programme(table.name()).isEmpty()) {
				problems.add(new RuleProblem(table.file(), table.name(), null, "has no entry in " + CatalogueReader.PROGRAMMES));
			}
			for (RuleTable.Row row : table.rows()) {
				if (row.output() != null && !(row.output() instanceof java.math.BigDecimal)) {
					problems.add(new RuleProblem(table.file(), table.name(), row.number(),
							"output must be an amount in baht or null, is " + row.output()));
				}
			}
		}
		catalogue.indicators().keySet().stream().filter(code -> !indicatorTables.contains(code))
			.forEach(code -> problems.add(new RuleProblem(CatalogueReader.INDICATORS, code, null, "has no decision table in indicators/")));
		catalogue.programmes().keySet().stream().filter(code -> !programmeTables.contains(code))
			.forEach(code -> problems.add(new RuleProblem(CatalogueReader.PROGRAMMES, code, null, "has no decision table in programmes/")));
	}

	/** A catalogue entry cites its documents by key too, or says UNCONFIRMED and why. */
	static void sources(Catalogue catalogue, Sources sources, List<RuleProblem> problems) {
		if (sources == null) {
			return;
		}
		catalogue.indicators().values().forEach(i -> {
			String problem = sources.problem(i.source());
			if (problem != null) {
				problems.add(new RuleProblem(CatalogueReader.INDICATORS, i.code(), null, "source " + problem));
			}
		});
		catalogue.programmes().values().forEach(p -> {
			String problem = sources.problem(p.source());
			if (problem != null) {
				problems.add(new RuleProblem(CatalogueReader.PROGRAMMES, p.code(), null, "source " + problem));
			}
		});
	}

}
