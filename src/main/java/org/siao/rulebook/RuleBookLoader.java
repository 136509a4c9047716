package org.siao.rulebook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieRuntimeFactory;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.feel.FEEL;
import org.kie.dmn.feel.lang.impl.FEELImpl;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionTable;
import org.siao.catalogue.Catalogue;
import org.siao.catalogue.CatalogueReader;
import org.siao.sources.Sources;

/**
 * Compiles a rules folder into a {@link RuleBook}, or rejects it whole. Every way a rules change
 * can go wrong quietly is made loud here, by a short pipeline of named steps:
 * <ol>
 * <li>read the catalogue and {@code sources.yaml};</li>
 * <li>shapes: only decision tables of allowed cells reach KIE ({@link TableOnlyDmn});</li>
 * <li>typed cells: each value of its column's type, no {@code 36,000} ({@link TypedCells});</li>
 * <li>validate (KIE validator: schema and model, {@link DmnFileChecks}) alongside compile (KIE
 * builder, DMN and DRL), then the validator's decision-table analysis (gaps and overlaps in
 * words) of the compiled models;</li>
 * <li>compile tables: hit policy, columns, sources by key ({@link TableCompiler}), and every row
 * in the file compiled;</li>
 * <li>catalogue against tables ({@link CatalogueChecks});</li>
 * <li>DRL rules: every declared rule in the compiled packages ({@link DrlRuleCheck}).</li>
 * </ol>
 */
public final class RuleBookLoader {

	static final String INDICATORS = "indicators/";

	static final String PROGRAMMES = "programmes/";

	private static final Pattern DMN_ID = Pattern.compile("DMN id: ([A-Za-z0-9_.-]+)");

	private static final AtomicLong BUILDS = new AtomicLong();

	private final Clock clock;

	private final FEELImpl feel = (FEELImpl) FEEL.newInstance(RuleBookLoader.class.getClassLoader(), List.of());

	private final PlanCompiler plans;

	public RuleBookLoader(Clock clock) {
		this(clock, CompiledPlans.none());
	}

	/** @param plans where the plan rules compiled for a restart are kept */
	public RuleBookLoader(Clock clock, CompiledPlans plans) {
		this.clock = clock;
		this.plans = new PlanCompiler(plans);
	}

	/** @throws RulesRejected listing every problem, when the folder must not go live */
	public RuleBook load(RulesFolder folder) {
		Report report = check(folder);
		if (report.book() == null) {
			throw new RulesRejected(report.errors());
		}
		return report.book();
	}

	/**
	 * Checks a draft made from {@code parent}: the errors of {@link #check(RulesFolder)}, and
	 * warnings only for the tables the draft adds or changes (a warning on a table nobody touched
	 * is not the author's to act on), plus a warning where a threshold or an amount changed while
	 * the row's source or the programme's benefit text still names the old figure. With no parent
	 * every table counts as touched.
	 */
	public Report check(RulesFolder draft, RulesFolder parent) {
		Report report = check(draft);
		if (parent == null) {
			return report;
		}
		DraftComparison comparison = new DraftComparison(draft, parent);
		Set<String> touched = comparison.touched();
		List<RuleProblem> warnings = new ArrayList<>();
		for (RuleProblem warning : report.warnings()) {
			boolean fileChanged = !java.util.Arrays.equals(draft.files().get(warning.file()), parent.files().get(warning.file()));
			if (warning.table() == null ? fileChanged : touched.contains(warning.file() + "#" + warning.table())) {
				warnings.add(warning);
			}
		}
		Catalogue catalogue = report.book() != null ? report.book().catalogue() : catalogue(draft, new ArrayList<>());
		warnings.addAll(comparison.staleFigures(catalogue));
		return new Report(report.version(), report.book(), report.errors(), warnings);
	}

	/** Compiles and checks a folder; the book is null when there are errors. */
	public Report check(RulesFolder folder) {
		return checkWhole(folder);
	}

	/**
	 * Compiles a folder that this build of the code already checked whole (a stored release, at a
	 * restart): every step but the KIE validator and the tables' gap and overlap analysis, whose
	 * warnings are those recorded by that check. Any error of the other steps still stops it.
	 * <p>
	 * Nor is a DMN file compiled by KIE here: the engine evaluates its own tables, compiled from
	 * the decision tables as the DMN reader reads them (the same objects KIE's compiler starts
	 * from); KIE's compile of the FEEL only served the checks. The plan rules are compiled on
	 * their own, and kept compiled for the next restart ({@link CompiledPlans}).
	 */
	public Report compileChecked(RulesFolder folder, List<RuleProblem> recordedWarnings) {
		List<RuleProblem> problems = new ArrayList<>();
		Catalogue catalogue = catalogue(folder, problems);
		Sources sources = sources(folder, problems);
		if (!tablesOnly(folder, problems)) {
			return new Report(folder.version(), null, problems, List.of());
		}
		typedCells(folder, catalogue, problems);
		Map<String, DmnFileChecks.Layout> layouts = layouts(folder, new DmnFileChecks(), problems);
		List<FileDecision> decisions = DmnReading.decisions(folder, problems);
		KieBase plan = plans.compile(folder, problems);
		return book(folder, catalogue, sources, layouts, decisions, plan, problems, List.copyOf(recordedWarnings));
	}

	private Report checkWhole(RulesFolder folder) {
		List<RuleProblem> problems = new ArrayList<>();
		List<RuleProblem> warnings = new ArrayList<>();
		Catalogue catalogue = catalogue(folder, problems);
		Sources sources = sources(folder, problems);
		if (!tablesOnly(folder, problems)) {
			// nothing of a file outside the allowed shapes is handed to KIE: not compiled, not validated, not run
			return new Report(folder.version(), null, problems, warnings);
		}
		typedCells(folder, catalogue, problems);
		DmnFileChecks checks = new DmnFileChecks();
		Map<String, DmnFileChecks.Layout> layouts = layouts(folder, checks, problems);
		Map<String, Validated> validated = new LinkedHashMap<>();
		CompletableFuture<Void> validation = validateAlongside(folder, checks, layouts, validated);
		KieBase kieBase = build(folder, layouts, problems);
		validation.join();
		analyse(folder, checks, layouts, validated, kieBase, problems, warnings);
		return book(folder, catalogue, sources, layouts, kieBase == null ? null : compiledDecisions(kieBase), kieBase,
				problems, warnings);
	}

	/** The last steps, the same for a check and a restart: the tables, the catalogue against them, the DRL's rules. */
	private Report book(RulesFolder folder, Catalogue catalogue, Sources sources, Map<String, DmnFileChecks.Layout> layouts,
			List<FileDecision> decisions, KieBase kieBase, List<RuleProblem> problems, List<RuleProblem> warnings) {
		List<RuleTable> indicators = new ArrayList<>();
		List<RuleTable> programmes = new ArrayList<>();
		if (kieBase != null && decisions != null && catalogue != null) {
			compileTables(decisions, catalogue, sources, layouts, indicators, programmes, problems);
			CatalogueChecks.coverage(catalogue, indicators, programmes, problems);
			CatalogueChecks.sources(catalogue, sources, problems);
			new DrlRuleCheck().check(folder, kieBase, problems);
		}
		if (!problems.isEmpty()) {
			return new Report(folder.version(), null, problems, warnings);
		}
		return new Report(folder.version(), new RuleBook(folder, clock.instant(), catalogue, sources, indicators, programmes,
				kieBase, feel, warnings), List.of(), warnings);
	}

	/** What the validator's schema and model checks found in one file. */
	private record Validated(List<RuleProblem> problems, List<RuleProblem> warnings) {
	}

	/**
	 * The validator's findings, file by file: its schema and model checks, then its analysis of the
	 * decision tables, run on the model the build compiled from the file. Without a compiled model
	 * (the build failed) the validator checks and analyses the file whole on its own, as before.
	 */
	private static void analyse(RulesFolder folder, DmnFileChecks checks, Map<String, DmnFileChecks.Layout> layouts,
			Map<String, Validated> validated, KieBase kieBase, List<RuleProblem> problems, List<RuleProblem> warnings) {
		Map<String, DMNModel> models = new HashMap<>();
		if (kieBase != null) {
			for (DMNModel model : KieRuntimeFactory.of(kieBase).get(DMNRuntime.class).getModels()) {
				models.putIfAbsent(inFolder(model.getResource().getSourcePath()), model);
			}
		}
		layouts.forEach((file, layout) -> {
			boolean gapsAreErrors = file.startsWith(INDICATORS);
			DMNModel model = models.get(file);
			Validated found = validated.get(file);
			if (model != null && found != null) {
				problems.addAll(found.problems());
				warnings.addAll(found.warnings());
				checks.analyse(file, model, gapsAreErrors, layout, problems, warnings);
			}
			else {
				checks.validate(file, folder.files().get(file), gapsAreErrors, layout, problems, warnings);
			}
		});
	}

	/** The validator and the compiler read the same files independently: on two cores, they run side by side. */
	private static CompletableFuture<Void> validateAlongside(RulesFolder folder, DmnFileChecks checks,
			Map<String, DmnFileChecks.Layout> layouts, Map<String, Validated> validated) {
		ClassLoader classes = Thread.currentThread().getContextClassLoader();
		return CompletableFuture.runAsync(() -> {
			// KIE finds its services through the context class loader: inside a Boot jar, that is the jar's
			Thread worker = Thread.currentThread();
			ClassLoader before = worker.getContextClassLoader();
			worker.setContextClassLoader(classes);
			try {
				validate(folder, checks, layouts, validated);
			}
			finally {
				worker.setContextClassLoader(before);
			}
		});
	}

	/** What a check found: errors stop a folder from going live, warnings do not. */
	public record Report(String version, RuleBook book, List<RuleProblem> errors, List<RuleProblem> warnings) {

		private static final java.util.Comparator<RuleProblem> READING_ORDER = java.util.Comparator
			.comparing(RuleProblem::file)
			.thenComparing(RuleProblem::table, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
			.thenComparing(RuleProblem::row, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

		public Report {
			// as one reads the files: by file, table, then the rows before what concerns the whole table
			errors = errors.stream().sorted(READING_ORDER).toList();
			warnings = warnings.stream().sorted(READING_ORDER).toList();
		}

		public boolean publishable() {
			return book != null;
		}

	}

	private Catalogue catalogue(RulesFolder folder, List<RuleProblem> problems) {
		try {
			return CatalogueReader.read(folder.files().get(CatalogueReader.INDICATORS),
					folder.files().get(CatalogueReader.PROGRAMMES));
		}
		catch (CatalogueReader.CatalogueException e) {
			problems.add(new RuleProblem(e.file(), null, null, e.getMessage()));
			return null;
		}
	}

	/** The public documents rows cite by key; null (and a problem) when the list is missing or wrong. */
	private static Sources sources(RulesFolder folder, List<RuleProblem> problems) {
		try {
			return Sources.read(folder.files().get(Sources.FILE));
		}
		catch (Sources.Invalid e) {
			problems.add(new RuleProblem(Sources.FILE, null, null, e.getMessage()));
			return null;
		}
	}

	private static boolean tablesOnly(RulesFolder folder, List<RuleProblem> problems) {
		List<RuleProblem> found = new ArrayList<>();
		TableOnlyDmn shapes = new TableOnlyDmn();
		folder.files().forEach((file, content) -> {
			if (file.endsWith(".dmn")) {
				shapes.check(file, content, found);
			}
		});
		if (shapes.rows() > TableOnlyDmn.MAX_ROWS_PER_FOLDER) {
			found.add(new RuleProblem("*.dmn", null, null, "the tables have " + shapes.rows() + " rows in all; a rules folder may have at most "
					+ TableOnlyDmn.MAX_ROWS_PER_FOLDER));
		}
		problems.addAll(found);
		return found.isEmpty();
	}

	/** Each cell's values are of its column's type (no 36,000, no "yes" where true belongs), on the text as written. */
	private static void typedCells(RulesFolder folder, Catalogue catalogue, List<RuleProblem> problems) {
		TypedCells cells = new TypedCells();
		Set<String> indicatorCodes = catalogue == null ? Set.of() : catalogue.indicators().keySet();
		folder.files().forEach((file, content) -> {
			if (file.endsWith(".dmn")) {
				cells.check(file, content, indicatorCodes, problems);
			}
		});
	}

	private static Map<String, DmnFileChecks.Layout> layouts(RulesFolder folder, DmnFileChecks checks,
			List<RuleProblem> problems) {
		Map<String, DmnFileChecks.Layout> layouts = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (file.getKey().endsWith(".dmn")) {
				layouts.put(file.getKey(), checks.layout(file.getKey(), file.getValue(), problems));
			}
		}
		return layouts;
	}

	private static void validate(RulesFolder folder, DmnFileChecks checks, Map<String, DmnFileChecks.Layout> layouts,
			Map<String, Validated> validated) {
		layouts.forEach((file, layout) -> {
			Validated found = new Validated(new ArrayList<>(), new ArrayList<>());
			// an indicator must answer for every household: a gap in its table is an error
			checks.validateModel(file, folder.files().get(file), file.startsWith(INDICATORS), layout, found.problems(),
					found.warnings());
			synchronized (validated) {
				validated.put(file, found);
			}
		});
	}

	private KieBase build(RulesFolder folder, Map<String, DmnFileChecks.Layout> layouts, List<RuleProblem> problems) {
		KieServices ks = KieServices.Factory.get();
		ReleaseId releaseId = ks.newReleaseId("org.siao.rules", "rules", folder.version() + "." + BUILDS.incrementAndGet());
		KieFileSystem kfs = ks.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (file.getKey().endsWith(".dmn") || file.getKey().endsWith(".drl")) {
				kfs.write("src/main/resources/rules/" + file.getKey(), file.getValue());
			}
		}
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
		List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
		for (Message message : errors) {
			problems.add(buildProblem(message, layouts));
		}
		if (!errors.isEmpty()) {
			ks.getRepository().removeKieModule(releaseId);
			return null;
		}
		KieContainer container = ks.newKieContainer(releaseId);
		// the container keeps what it needs; the repository would otherwise hold every version ever built
		ks.getRepository().removeKieModule(releaseId);
		return container.getKieBase();
	}

	/** A path as KIE reports it ("src/main/resources/rules/x.dmn" or "rules/x.dmn"), relative to the rules folder. */
	private static String inFolder(String kiePath) {
		return kiePath.replaceFirst("^(src/main/resources/)?rules/", "");
	}

	/** A compiler message, placed at its table and row when it names a DMN element ("DMN id: ..."). */
	static RuleProblem buildProblem(Message message, Map<String, DmnFileChecks.Layout> layouts) {
		String file = message.getPath() == null ? "?" : inFolder(message.getPath());
		Matcher id = DMN_ID.matcher(message.getText());
		DmnFileChecks.Layout layout = layouts.get(file);
		if (id.find() && layout != null) {
			String element = id.group(1);
			// an input entry's id extends its rule's id: walk back to the nearest element we know
			while (!element.isEmpty() && !layout.whereById().containsKey(element)) {
				int cut = element.lastIndexOf('_');
				element = cut < 0 ? "" : element.substring(0, cut);
			}
			String[] where = layout.whereById().get(element);
			if (where != null) {
				return new RuleProblem(file, where[0], where[1] == null ? null : Integer.valueOf(where[1]), message.getText());
			}
		}
		return new RuleProblem(file, null, null, (message.getLine() > 0 ? "line " + message.getLine() + ": " : "") + message.getText());
	}

	/** A decision of a DMN file of the folder. */
	record FileDecision(String file, Decision decision) {
	}

	/** The decisions of the models KIE compiled, file by file. */
	private static List<FileDecision> compiledDecisions(KieBase kieBase) {
		List<FileDecision> decisions = new ArrayList<>();
		for (DMNModel model : KieRuntimeFactory.of(kieBase).get(DMNRuntime.class).getModels()) {
			String file = inFolder(model.getResource().getSourcePath());
			for (DecisionNode decision : model.getDecisions()) {
				decisions.add(new FileDecision(file, decision.getDecision()));
			}
		}
		return decisions;
	}

	private void compileTables(List<FileDecision> decisions, Catalogue catalogue, Sources sources,
			Map<String, DmnFileChecks.Layout> layouts, List<RuleTable> indicators, List<RuleTable> programmes,
			List<RuleProblem> problems) {
		TableCompiler compiler = new TableCompiler(sources);
		Set<String> indicatorCodes = catalogue.indicators().keySet();
		Map<String, Integer> compiledRows = new HashMap<>();
		for (FileDecision found : decisions) {
			String file = found.file();
			String name = found.decision().getName();
			if (!(found.decision().getExpression() instanceof DecisionTable table)) {
				problems.add(new RuleProblem(file, name, null, "is not a decision table"));
				continue;
			}
			compiledRows.put(file + "#" + name, table.getRule().size());
			compiler.compile(file, name, table, indicatorCodes, problems).ifPresent(t -> {
				if (file.startsWith(INDICATORS)) {
					indicators.add(t);
				}
				else if (file.startsWith(PROGRAMMES)) {
					programmes.add(t);
				}
				else {
					problems.add(new RuleProblem(file, t.name(), null, "DMN files belong in indicators/ or programmes/"));
				}
			});
		}
		// Drools can drop a malformed table or row without a word: compare with the XML itself
		layouts.forEach((file, layout) -> layout.rowsByDecision().forEach((decision, rows) -> {
			Integer compiled = compiledRows.get(file + "#" + decision);
			if (compiled == null) {
				problems.add(new RuleProblem(file, decision, null, "was not compiled (" + rows + " rows in the file, none loaded)"));
			}
			else if (!compiled.equals(rows)) {
				problems.add(new RuleProblem(file, decision, null, rows + " rows in the file but " + compiled + " compiled"));
			}
		}));
		indicators.sort(java.util.Comparator.comparing(RuleTable::name));
		Set<String> memberIndicators = new java.util.HashSet<>();
		indicators.stream().filter(RuleTable::perMember).forEach(t -> memberIndicators.add(t.name()));
		programmes.replaceAll(t -> t.askedPerMemberWhenReading(memberIndicators));
		programmes.sort(java.util.Comparator.comparing(RuleTable::name));
	}

}
