package org.siao.rulebook;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieRuntimeFactory;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.feel.FEEL;
import org.kie.dmn.feel.lang.impl.FEELImpl;
import org.kie.dmn.model.api.DecisionTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hit policy Siao evaluates answers as the KIE DMN runtime does: small tables with
 * overlapping rows, built here, each asked many generated questions. The answer (one output, an
 * aggregate, or none when the policy's rule is broken), the rows that count and the conflicts must
 * all be the same. Every other policy is refused when the table loads, naming the table.
 */
class HitPolicyAgreementTests {

	private static final FEELImpl FEEL_ENGINE = (FEELImpl) FEEL.newInstance(HitPolicyAgreementTests.class.getClassLoader(), List.of());

	/** Rows over two facts that overlap in every way: nested, side by side, one inside another. */
	private static final String[][] NUMERIC_ROWS = {
			{ "[0..40]", "-", "600" },
			{ "[30..70)", "< 50", "700" },
			{ "> 60", "-", "1000" },
			{ "-", ">= 80", "600" },
			{ "[10..20], [50..55]", "[20..30]", "250" },
	};

	/** The same shapes with text outputs, as an indicator table answers; rows 1 and 4 agree. */
	private static final String[][] TEXT_ROWS = {
			{ "[0..40]", "-", "\"FAIL\"" },
			{ "[30..70)", "< 50", "\"PASS\"" },
			{ "> 60", "-", "\"NOT_APPLICABLE\"" },
			{ "-", ">= 80", "\"FAIL\"" },
	};

	/** A table whose rows never overlap, so a UNIQUE table answers for every household that matches. */
	private static final String[][] DISJOINT_ROWS = {
			{ "< 30", "-", "600" },
			{ "[30..60)", "< 50", "700" },
			{ "[30..60)", ">= 50", "800" },
			{ ">= 60", "> 90", "1000" },
	};

	static Stream<Arguments> policies() {
		return Stream.of(
				Arguments.of("UNIQUE", null, DISJOINT_ROWS, "number"),
				Arguments.of("UNIQUE", null, NUMERIC_ROWS, "number"),
				Arguments.of("ANY", null, NUMERIC_ROWS, "number"),
				Arguments.of("ANY", null, TEXT_ROWS, "string"),
				Arguments.of("FIRST", null, NUMERIC_ROWS, "number"),
				Arguments.of("FIRST", null, TEXT_ROWS, "string"),
				Arguments.of("COLLECT", "SUM", NUMERIC_ROWS, "number"),
				Arguments.of("COLLECT", "MIN", NUMERIC_ROWS, "number"),
				Arguments.of("COLLECT", "MAX", NUMERIC_ROWS, "number"));
	}

	@ParameterizedTest(name = "{0} {1} over {3} outputs")
	@MethodSource("policies")
	void siaoAnswersAsTheDmnRuntimeDoes(String policy, String aggregation, String[][] rows, String outputType) {
		Compiled compiled = compile(policy, aggregation, rows, outputType, "programmes/t.dmn");
		List<RuleProblem> problems = new ArrayList<>();
		RuleTable table = new TableCompiler(null).compile("programmes/t.dmn", "T", compiled.table(), Set.of(), problems).orElseThrow();
		assertThat(problems).isEmpty();
		assertThat(table.hitPolicy()).isEqualTo(aggregation == null ? policy : policy + " " + aggregation);

		Random random = new Random(policy.hashCode() * 31L + rows.length);
		int answered = 0;
		int conflicts = 0;
		List<String> disagreements = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			Map<String, Object> facts = Map.of("incomePerPerson", BigDecimal.valueOf(random.nextInt(101)),
					"ageYears", BigDecimal.valueOf(random.nextInt(101)));
			RuleTable.Verdict ours = table.evaluate(facts::get, Cell.FeelContext.lazy(FEEL_ENGINE, () -> facts));
			Theirs theirs = compiled.evaluate(facts);

			Optional<HitPolicy.Answer> answer = ours.answer();
			Object ourValue = answer.map(HitPolicy.Answer::value).orElse(null);
			List<Integer> ourRows = ours.counted().stream().map(r -> r.row().number()).toList();
			// where several rows stand behind one answer (ANY, MIN, MAX), the runtime names one of them
			boolean oneStandsFor = policy.equals("ANY") || "MIN".equals(aggregation) || "MAX".equals(aggregation);
			boolean sameRows = oneStandsFor ? ourRows.containsAll(theirs.selected()) && theirs.selected().size() == Math.min(1, ourRows.size())
					: ourRows.equals(theirs.selected());
			boolean agree = same(ourValue, theirs.result()) && ours.conflict() == theirs.failed() && sameRows
					&& ours.matched().stream().map(r -> r.row().number()).toList().equals(theirs.matched());
			if (!agree) {
				disagreements.add(facts + ": Siao " + ourValue + " rows " + ourRows + (ours.conflict() ? " (conflict)" : "")
						+ ", DMN runtime " + theirs);
			}
			answered += answer.isPresent() ? 1 : 0;
			conflicts += ours.conflict() ? 1 : 0;
		}
		assertThat(disagreements).isEmpty();
		// the generated questions reach answers, and where the rows overlap, the conflicts too
		assertThat(answered).isGreaterThan(100);
		if ((policy.equals("UNIQUE") && rows == NUMERIC_ROWS) || (policy.equals("ANY") && rows != DISJOINT_ROWS)) {
			assertThat(conflicts).isGreaterThan(10);
		}
	}

	@Test
	void aCollectSumOfTwoRowsPaysTheirSum() {
		Compiled compiled = compile("COLLECT", "SUM", NUMERIC_ROWS, "number", "programmes/t.dmn");
		RuleTable table = new TableCompiler(null).compile("programmes/t.dmn", "T", compiled.table(), Set.of(), new ArrayList<>()).orElseThrow();
		Map<String, Object> facts = Map.of("incomePerPerson", BigDecimal.valueOf(35), "ageYears", BigDecimal.valueOf(10));
		RuleTable.Verdict verdict = table.evaluate(facts::get, Cell.FeelContext.lazy(FEEL_ENGINE, () -> facts));
		assertThat(verdict.answer()).get().extracting(a -> (BigDecimal) a.value()).usingComparator(BigDecimal::compareTo)
			.isEqualTo(new BigDecimal("1300"));
		assertThat(verdict.counted()).extracting(r -> r.row().number()).containsExactly(1, 2);
	}

	static Stream<Arguments> refused() {
		return Stream.of(
				Arguments.of("RULE ORDER", null, "programmes/t.dmn", "a list of outputs"),
				Arguments.of("OUTPUT ORDER", null, "programmes/t.dmn", "a list of outputs"),
				Arguments.of("COLLECT", null, "programmes/t.dmn", "a list of every matching row"),
				Arguments.of("COLLECT", "COUNT", "programmes/t.dmn", "the number of matching rows"),
				Arguments.of("COLLECT", "SUM", "indicators/t.dmn", "an indicator answers PASS, FAIL or NOT_APPLICABLE"));
	}

	@ParameterizedTest(name = "{0} {1} in {2}")
	@MethodSource("refused")
	void aPolicySiaoDoesNotEvaluateIsRefusedNamingTheTable(String policy, String aggregation, String file, String why) {
		Compiled compiled = compile(policy, aggregation, NUMERIC_ROWS, "number", file);
		List<RuleProblem> problems = new ArrayList<>();
		assertThat(new TableCompiler(null).compile(file, "T", compiled.table(), Set.of(), problems)).isEmpty();
		String declared = aggregation == null ? policy : policy + " " + aggregation;
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.table()).isEqualTo("T");
			assertThat(p.row()).isNull();
			assertThat(p.message()).startsWith("table T declares the hit policy " + declared).contains(why)
				.contains("UNIQUE").contains("FIRST").doesNotContain("Exception");
		});
	}

	@Test
	void aCollectSumRowThatPaysNothingIsRefusedAtItsRow() {
		String[][] rows = { { "< 30", "-", "600" }, { ">= 30", "-", "null" } };
		Compiled compiled = compile("COLLECT", "SUM", rows, "number", "programmes/t.dmn");
		List<RuleProblem> problems = new ArrayList<>();
		assertThat(new TableCompiler(null).compile("programmes/t.dmn", "T", compiled.table(), Set.of(), problems)).isEmpty();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.message()).contains("COLLECT SUM").contains("amount");
		});
	}

	private static boolean same(Object ours, Object theirs) {
		if (ours instanceof BigDecimal a && theirs instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return java.util.Objects.equals(ours, theirs);
	}

	/** What the DMN runtime answered: its result, whether it failed, and the rows it matched and selected (1-based). */
	record Theirs(Object result, boolean failed, List<Integer> matched, List<Integer> selected) {
	}

	record Compiled(DMNRuntime runtime, DMNModel model, DecisionTable table, Map<String, List<List<Integer>>> events) {

		Theirs evaluate(Map<String, Object> facts) {
			DMNContext context = runtime.newContext();
			facts.forEach(context::set);
			events.clear();
			DMNResult result = runtime.evaluateByName(model, context, "T");
			DMNDecisionResult decision = result.getDecisionResultByName("T");
			List<List<Integer>> rows = events.getOrDefault("T", List.of(List.of(), List.of()));
			boolean failed = decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED;
			// a failed UNIQUE or ANY table selects nothing, whatever the event lists
			return new Theirs(decision.getResult(), failed, rows.get(0), failed ? List.of() : rows.get(1));
		}

	}

	private static Compiled compile(String policy, String aggregation, String[][] rows, String outputType, String file) {
		String xml = dmn(policy, aggregation, rows, outputType);
		KieServices ks = KieServices.Factory.get();
		ReleaseId id = ks.newReleaseId("org.siao.test", "hit-policy", "1." + System.nanoTime());
		KieFileSystem kfs = ks.newKieFileSystem();
		kfs.generateAndWritePomXML(id);
		kfs.write("src/main/resources/" + file, xml.getBytes(StandardCharsets.UTF_8));
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
		assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
		KieContainer container = ks.newKieContainer(id);
		DMNRuntime runtime = KieRuntimeFactory.of(container.getKieBase()).get(DMNRuntime.class);
		Map<String, List<List<Integer>>> events = new HashMap<>();
		runtime.addListener(new DMNRuntimeEventListener() {
			@Override
			public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
				events.put(event.getNodeName(), List.of(List.copyOf(event.getMatches()), List.copyOf(event.getSelected())));
			}
		});
		DMNModel model = runtime.getModels().get(0);
		DecisionTable table = (DecisionTable) model.getDecisionByName("T").getDecision().getExpression();
		return new Compiled(runtime, model, table, events);
	}

	private static String dmn(String policy, String aggregation, String[][] rows, String outputType) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="t" name="t" namespace="https://siao.example/test/t">
				  <inputData id="in_income" name="incomePerPerson"><variable id="in_income_v" name="incomePerPerson" typeRef="number"/></inputData>
				  <inputData id="in_age" name="ageYears"><variable id="in_age_v" name="ageYears" typeRef="number"/></inputData>
				  <decision id="d_T" name="T">
				    <variable id="d_T_v" name="T" typeRef="%s"/>
				    <informationRequirement id="d_T_ir1"><requiredInput href="#in_income"/></informationRequirement>
				    <informationRequirement id="d_T_ir2"><requiredInput href="#in_age"/></informationRequirement>
				    <decisionTable id="dt_T" hitPolicy="%s"%s>
				      <input id="dt_T_i1" label="incomePerPerson"><inputExpression id="dt_T_i1_e" typeRef="number"><text>incomePerPerson</text></inputExpression></input>
				      <input id="dt_T_i2" label="ageYears"><inputExpression id="dt_T_i2_e" typeRef="number"><text>ageYears</text></inputExpression></input>
				      <output id="dt_T_o"/>
				      <annotation name="source"/>
				""".formatted(outputType, policy, aggregation == null ? "" : " aggregation=\"" + aggregation + "\""));
		for (int r = 0; r < rows.length; r++) {
			String id = "dt_T_r" + (r + 1);
			xml.append("      <rule id=\"").append(id).append("\">")
				.append("<inputEntry id=\"").append(id).append("_i1\"><text>").append(escape(rows[r][0])).append("</text></inputEntry>")
				.append("<inputEntry id=\"").append(id).append("_i2\"><text>").append(escape(rows[r][1])).append("</text></inputEntry>")
				.append("<outputEntry id=\"").append(id).append("_o\"><text>").append(escape(rows[r][2])).append("</text></outputEntry>")
				.append("<annotationEntry><text>UNCONFIRMED: a test table</text></annotationEntry></rule>\n");
		}
		return xml.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
