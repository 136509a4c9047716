package org.siao.rulebook;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A loader step: every rule the DRL files declare, as the DRL parser reads them (not a text
 * search, which comments and strings would fool), is in the compiled knowledge base's packages,
 * named. A rule the compiler dropped is reported by its name and file.
 */
final class DrlRuleCheck {

	void check(RulesFolder folder, KieBase kieBase, List<RuleProblem> problems) {
		Set<String> compiled = new LinkedHashSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				compiled.add(pkg.getName() + "." + rule.getName());
			}
		}
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (!file.getKey().endsWith(".drl")) {
				continue;
			}
			PackageDescr declared;
			try {
				DrlParser parser = new DrlParser();
				declared = parser.parse(false, new String(file.getValue(), StandardCharsets.UTF_8));
				if (declared == null || parser.hasErrors()) {
					continue; // the compiler has reported the syntax error at its line
				}
			}
			catch (DroolsParserException e) {
				continue;
			}
			for (RuleDescr rule : declared.getRules()) {
				if (!compiled.contains(declared.getName() + "." + rule.getName())) {
					problems.add(new RuleProblem(file.getKey(), null, null, "rule \"" + rule.getName()
							+ "\" is written here but is not in the compiled knowledge base"));
				}
			}
		}
	}

}
