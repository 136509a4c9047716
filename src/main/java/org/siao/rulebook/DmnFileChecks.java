package org.siao.rulebook;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.kie.api.builder.Message;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.kie.dmn.validation.dtanalysis.DMNDTAnalysisMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What is checked on a DMN file as written, before trusting the compiled model: the KIE DMN
 * validator (schema, model, decision-table analysis) and a count of the rule rows in the XML, so
 * a row the compiler dropped is caught by comparison.
 * <p>
 * The decision-table analysis needs a compiled model. The validator would compile every file
 * again although the rules' build has just compiled it (a sixth of a load's CPU), so the schema and
 * model checks run on the files as written while the build runs, and the analysis then runs on
 * the build's own models ({@link #analyse}). When the build fails there is no model: the validator
 * then analyses the files itself ({@link #validate}), as it always did.
 */
final class DmnFileChecks {

	// building a validator builds three Drools knowledge bases of its own, so idle ones are kept
	// for the next load: as many as loads ever ran at once (not one per request thread)
	private static final java.util.concurrent.ConcurrentLinkedQueue<DMNValidator> IDLE_VALIDATORS = new java.util.concurrent.ConcurrentLinkedQueue<>();

	// the analyser the validator makes for itself, with the same DMN profiles; kept the same way
	private static final java.util.concurrent.ConcurrentLinkedQueue<org.kie.dmn.validation.dtanalysis.InternalDMNDTAnalyser> IDLE_ANALYSERS = new java.util.concurrent.ConcurrentLinkedQueue<>();

	private static org.kie.dmn.validation.dtanalysis.InternalDMNDTAnalyser newAnalyser() {
		return org.kie.dmn.validation.dtanalysis.InternalDMNDTAnalyserFactory.newDMNDTAnalyser(
				org.kie.dmn.core.assembler.DMNAssemblerService.getDefaultDMNProfiles(
						org.kie.internal.utils.ChainedProperties.getChainedProperties(
								org.kie.dmn.feel.util.ClassLoaderUtil.findDefaultClassLoader())));
	}

	/** Rows per decision table, by decision name, as the XML has them, and where each element id sits. */
	record Layout(Map<String, Integer> rowsByDecision, Map<String, String[]> whereById) {
	}

	Layout layout(String file, byte[] xml, List<RuleProblem> problems) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		Map<String, String[]> where = new HashMap<>();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			NodeList decisions = doc.getElementsByTagNameNS("*", "decision");
			for (int d = 0; d < decisions.getLength(); d++) {
				Element decision = (Element) decisions.item(d);
				String name = decision.getAttribute("name");
				where.put(decision.getAttribute("id"), new String[] { name, null });
				NodeList tables = decision.getElementsByTagNameNS("*", "decisionTable");
				for (int t = 0; t < tables.getLength(); t++) {
					Element table = (Element) tables.item(t);
					where.put(table.getAttribute("id"), new String[] { name, null });
					NodeList rules = table.getElementsByTagNameNS("*", "rule");
					rows.merge(name, rules.getLength(), Integer::sum);
					for (int r = 0; r < rules.getLength(); r++) {
						where.put(((Element) rules.item(r)).getAttribute("id"), new String[] { name, String.valueOf(r + 1) });
					}
				}
			}
		}
		catch (Exception e) {
			problems.add(new RuleProblem(file, null, null, "is not readable DMN XML: " + e.getMessage()));
		}
		return new Layout(rows, where);
	}

	/** The schema and model checks only: the decision-table analysis follows on the compiled model ({@link #analyse}). */
	void validateModel(String file, byte[] xml, boolean gapsAreErrors, Layout layout, List<RuleProblem> problems,
			List<RuleProblem> warnings) {
		validate(file, xml, gapsAreErrors, layout, problems, warnings, DMNValidator.Validation.VALIDATE_SCHEMA,
				DMNValidator.Validation.VALIDATE_MODEL);
	}

	/** Schema, model and decision-table analysis by the validator alone, compiling the file itself. */
	void validate(String file, byte[] xml, boolean gapsAreErrors, Layout layout, List<RuleProblem> problems,
			List<RuleProblem> warnings) {
		validate(file, xml, gapsAreErrors, layout, problems, warnings, DMNValidator.Validation.VALIDATE_SCHEMA,
				DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.ANALYZE_DECISION_TABLE);
	}

	/**
	 * The validator's decision-table analysis (gaps, overlaps, masked rows, hit policy) of a model
	 * the build compiled from the same file: the same analysis, with the same messages, as
	 * {@link #validate} adds after the model checks.
	 */
	void analyse(String file, org.kie.dmn.api.core.DMNModel model, boolean gapsAreErrors, Layout layout,
			List<RuleProblem> problems, List<RuleProblem> warnings) {
		List<DMNMessage> messages = new java.util.ArrayList<>();
		var analyser = IDLE_ANALYSERS.poll();
		if (analyser == null) {
			analyser = newAnalyser();
		}
		try {
			for (var analysis : analyser.analyse(model, java.util.EnumSet.of(DMNValidator.Validation.ANALYZE_DECISION_TABLE))) {
				messages.addAll(analysis.asDMNMessages());
			}
		}
		catch (RuntimeException e) {
			problems.add(new RuleProblem(file, null, null, "could not be validated: " + e.getMessage()));
			return;
		}
		finally {
			IDLE_ANALYSERS.offer(analyser);
		}
		report(file, messages, gapsAreErrors, layout, problems, warnings);
	}

	private void validate(String file, byte[] xml, boolean gapsAreErrors, Layout layout, List<RuleProblem> problems,
			List<RuleProblem> warnings, DMNValidator.Validation... validations) {
		List<DMNMessage> messages;
		DMNValidator validator = IDLE_VALIDATORS.poll();
		if (validator == null) {
			validator = DMNValidatorFactory.newValidator();
		}
		try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8)) {
			messages = validator.validate(reader, validations);
		}
		catch (Exception e) {
			problems.add(new RuleProblem(file, null, null, "could not be validated: " + e.getMessage()));
			return;
		}
		finally {
			IDLE_VALIDATORS.offer(validator);
		}
		report(file, messages, gapsAreErrors, layout, problems, warnings);
	}

	private static void report(String file, List<DMNMessage> messages, boolean gapsAreErrors, Layout layout,
			List<RuleProblem> problems, List<RuleProblem> warnings) {
		java.util.Set<Object> gapsSaid = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (DMNMessage message : messages) {
			String[] where = layout.whereById().getOrDefault(message.getSourceId(), new String[] { null, null });
			Integer row = where[1] == null ? null : Integer.valueOf(where[1]);
			String text = message.getText();
			if (message instanceof DMNDTAnalysisMessage analysed && !analysed.getAnalysis().isError()) {
				String type = message.getMessageType().name();
				if (type.equals("DECISION_TABLE_GAP")) {
					// one message per gap, each naming the whole analysis: say every gap once, in values
					if (gapsSaid.add(analysed.getAnalysis())) {
						for (var gap : analysed.getAnalysis().getGaps()) {
							// a gap in a programme table only means "not eligible": said only where it is an error
							if (isError(message, gapsAreErrors)) {
								problems.add(new RuleProblem(file, where[0], null, CoverageWords.gap(gap, analysed.getAnalysis().getSource())));
							}
						}
					}
					continue;
				}
				if (type.startsWith("DECISION_TABLE_OVERLAP")) {
					var overlap = overlapOf(analysed);
					if (overlap != null) {
						text = CoverageWords.overlap(overlap, analysed.getAnalysis().getSource());
						row = overlap.getRules().stream().min(Integer::compare).orElse(row);
					}
				}
			}
			RuleProblem problem = new RuleProblem(file, where[0], row, text);
			if (isError(message, gapsAreErrors)) {
				problems.add(problem);
			}
			else if (worthTelling(message)) {
				warnings.add(problem);
			}
		}
	}

	/** The overlap a message is about: the one over exactly the rows it names. */
	private static org.kie.dmn.validation.dtanalysis.model.Overlap overlapOf(DMNDTAnalysisMessage message) {
		java.util.Set<Integer> rows = new java.util.HashSet<>(message.getRules());
		return message.getAnalysis().getOverlaps().stream().filter(o -> new java.util.HashSet<>(o.getRules()).equals(rows))
			.findFirst().orElse(null);
	}

	private static boolean isError(DMNMessage message, boolean gapsAreErrors) {
		if (message.getLevel() == Message.Level.ERROR) {
			return true;
		}
		String type = message.getMessageType().name();
		return type.equals("DECISION_TABLE_ANALYSIS_ERROR") || type.startsWith("DECISION_TABLE_OVERLAP_HITPOLICY")
				|| type.equals("DECISION_TABLE_MASKED_RULE") || (gapsAreErrors && type.equals("DECISION_TABLE_GAP"));
	}

	/** A gap in a programme table only means "not eligible"; the analysis' all-clear says nothing. */
	private static boolean worthTelling(DMNMessage message) {
		String type = message.getMessageType().name();
		return !type.equals("DECISION_TABLE_GAP") && !type.startsWith("DECISION_TABLE_ANALYSIS");
	}

}
