package org.siao.rulebook;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.dmn.api.marshalling.DMNMarshaller;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.DRGElement;

/**
 * The decisions of a folder's DMN files as KIE's DMN reader reads them, without compiling their
 * FEEL: what {@link TableCompiler} needs for rules whose checks (which do compile them) passed before.
 */
final class DmnReading {

	private DmnReading() {
	}

	/** Every decision of every DMN file, in path and document order; a file the reader cannot read is a problem. */
	static List<RuleBookLoader.FileDecision> decisions(RulesFolder folder, List<RuleProblem> problems) {
		DMNMarshaller reader = DMNMarshallerFactory.newDefaultMarshaller();
		List<RuleBookLoader.FileDecision> decisions = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (!file.getKey().endsWith(".dmn")) {
				continue;
			}
			Definitions definitions;
			try {
				definitions = reader.unmarshal(new InputStreamReader(new java.io.ByteArrayInputStream(file.getValue()),
						StandardCharsets.UTF_8));
			}
			catch (RuntimeException e) {
				definitions = null;
			}
			if (definitions == null) {
				problems.add(new RuleProblem(file.getKey(), null, null, "the DMN reader cannot read this file"));
				continue;
			}
			for (DRGElement element : definitions.getDrgElement()) {
				if (element instanceof Decision decision) {
					decisions.add(new RuleBookLoader.FileDecision(file.getKey(), decision));
				}
			}
		}
		return decisions;
	}

}
