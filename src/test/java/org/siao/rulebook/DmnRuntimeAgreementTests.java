package org.siao.rulebook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieRuntimeFactory;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.survey.Profile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Siao checks table rows cell by cell to explain them; the KIE DMN runtime is the reference. For
 * every household of the casebook and every table whose inputs are all answered, both must match
 * exactly the same rows.
 */
class DmnRuntimeAgreementTests {

	@Test
	void everyCasebookSubjectMatchesTheSameRowsAsTheDmnRuntime() {
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		DMNRuntime runtime = KieRuntimeFactory.of(book.kieBase()).get(DMNRuntime.class);
		Map<String, List<Integer>> matchesByTable = new HashMap<>();
		runtime.addListener(new DMNRuntimeEventListener() {
			@Override
			public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
				matchesByTable.put(event.getNodeName(), List.copyOf(event.getMatches()));
			}
		});
		int compared = 0;
		List<String> disagreements = new ArrayList<>();
		for (Case c : CasebookReader.read(Path.of("casebook"))) {
			Profile profile = Profile.of(c.survey());
			for (Profile.MemberFacts member : profile.members()) {
				Map<String, Object> facts = new HashMap<>(profile.household());
				facts.putAll(member.facts());
				// indicator results first, as the programme tables read them
				for (RuleTable table : book.indicatorTables()) {
					RuleTable.RowCheck decided = table.evaluate(facts::get, book.feelContext(() -> facts)).decided();
					facts.put(table.name(), decided == null ? null : decided.row().output());
				}
				for (RuleTable table : concat(book.indicatorTables(), book.programmeTables())) {
					if (table.columns().stream().anyMatch(col -> facts.get(col.name()) == null)) {
						continue;
					}
					List<Integer> ours = table.evaluate(facts::get, book.feelContext(() -> facts)).matched().stream()
						.map(r -> r.row().number()).toList();
					DMNModel model = model(runtime, table);
					DMNContext context = runtime.newContext();
					table.columns().forEach(col -> context.set(col.name(), facts.get(col.name())));
					matchesByTable.remove(table.name());
					runtime.evaluateByName(model, context, table.name());
					List<Integer> theirs = matchesByTable.getOrDefault(table.name(), List.of());
					compared++;
					if (!Objects.equals(ours, theirs)) {
						disagreements.add(c.path() + " " + member.id() + " " + table.name() + ": Siao " + ours + ", DMN runtime " + theirs);
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(1000);
		assertThat(disagreements).isEmpty();
	}

	private static DMNModel model(DMNRuntime runtime, RuleTable table) {
		return runtime.getModels().stream()
			.filter(m -> m.getResource().getSourcePath().endsWith(table.file()))
			.findFirst().orElseThrow();
	}

	private static List<RuleTable> concat(List<RuleTable> a, List<RuleTable> b) {
		List<RuleTable> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
