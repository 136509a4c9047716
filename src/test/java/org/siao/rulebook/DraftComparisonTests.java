package org.siao.rulebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft compared with its parent: a changed amount whose row still cites the old figure is
 * warned about at that row. The row is found in the rules, not named here.
 */
class DraftComparisonTests {

	/** A row whose output is a number its own source text names: the row to change. */
	private static final Pattern ROW = Pattern.compile(
			"<outputEntry id=\"[^\"]*\"><text>(\\d+)</text></outputEntry>\\s*<annotationEntry><text>([^<]*)</text>");

	@Test
	void aChangedAmountWhoseSourceStillNamesTheOldFigureIsWarnedAtItsRow() throws IOException {
		Path parent = org.siao.TestRules.copy();
		Path draft = org.siao.TestRules.copy();
		Changed changed = changeFirstCitedAmount(draft);
		List<RuleProblem> warnings = new DraftComparison(RulesFolder.read(draft), RulesFolder.read(parent))
			.staleFigures(null);
		assertThat(warnings).anySatisfy(w -> {
			assertThat(w.file()).isEqualTo(changed.file());
			assertThat(w.table()).isEqualTo(changed.table());
			assertThat(w.message()).contains("but its source still says " + changed.from()).contains(" to " + changed.to());
		});
	}

	@Test
	void anUnchangedDraftTouchesNoTableAndGetsNoWarnings() {
		Path rules = org.siao.TestRules.copy();
		RuleBookLoader loader = new RuleBookLoader(Clock.systemUTC());
		DraftComparison same = new DraftComparison(RulesFolder.read(rules), RulesFolder.read(rules));
		assertThat(same.touched()).isEmpty();
		RuleBookLoader.Report report = loader.check(RulesFolder.read(rules), RulesFolder.read(org.siao.TestRules.copy()));
		assertThat(report.publishable()).isTrue();
		assertThat(report.warnings()).isEmpty();
	}

	@Test
	void figuresAreReadAsPeopleWriteThem() {
		assertThat(DraftComparison.figures("1,000 baht at 90+, under 5 litres, date(\"2017-01-01\")"))
			.containsExactly("1000", "90", "5");
	}

	record Changed(String file, String table, String from, String to) {
	}

	private static Changed changeFirstCitedAmount(Path rules) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(rules.resolve("programmes"))) {
			files = walk.filter(p -> p.toString().endsWith(".dmn")).sorted().toList();
		}
		for (Path file : files) {
			String xml = Files.readString(file);
			Matcher m = ROW.matcher(xml);
			while (m.find()) {
				String amount = m.group(1);
				if (DraftComparison.figures(m.group(2)).contains(amount)) {
					String to = String.valueOf(Long.parseLong(amount) + 50);
					Files.writeString(file, xml.substring(0, m.start(1)) + to + xml.substring(m.end(1)));
					int decision = xml.lastIndexOf("<decision id=", m.start());
					Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(xml.substring(decision));
					name.find();
					return new Changed(rules.relativize(file).toString().replace('\\', '/'), name.group(1), amount, to);
				}
			}
		}
		throw new org.opentest4j.TestAbortedException("no programme row names its own amount in its source");
	}

}
