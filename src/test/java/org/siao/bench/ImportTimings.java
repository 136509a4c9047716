package org.siao.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.siao.SiaoApplication;
import org.siao.households.Households;
import org.siao.households.SyntheticHouseholds;
import org.siao.imports.ImportRun;
import org.siao.imports.SurveyImporter;
import org.siao.rulebook.RuleBooks;
import org.siao.summaries.AreaSummaries;
import org.siao.summaries.AreaTallies;
import org.siao.users.Scope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import, assess and store N synthetic households in PostgreSQL through the import pipeline, then
 * time a province summary and household pages. Not a test: a main, run from the project's folder
 * (it reads {@code rules/}) against an empty schema of its own, dropped at the end:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat cp.txt) org.siao.bench.ImportTimings 20000
 * </pre>
 *
 * Arguments: the number of households (default 20,000); {@code -Dsiao.bench.url} the PostgreSQL
 * database (default the local {@code test}); {@code -Dsiao.bench.keep=true} keeps the schema;
 * {@code -Dsiao.bench.jfr=file} records a profile of the import alone. With
 * {@code -Dsiao.bench.schema=name}, a kept schema (grown beforehand, for instance by copying its
 * households in SQL), nothing is imported: the villages marked are counted, then the summary and
 * pages are timed over what is there; {@code -Dsiao.bench.copies=9} first adds nine copies of its
 * households (in districts of their own) to it.
 * Reports wall time and this process's CPU time (on a shared machine, CPU time is the figure that
 * does not depend on the neighbours), the PostgreSQL server's CPU time over the import (every
 * server process: other builds' queries count too), and the most heap used, sampled every 50 ms.
 */
public final class ImportTimings {

	/** Households per village: villages of 150, 27 to a sub-district, 10 sub-districts to a district. */
	private static final int PER_VILLAGE = 150;

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		String url = System.getProperty("siao.bench.url", "jdbc:postgresql://127.0.0.1:5432/test");
		String reused = System.getProperty("siao.bench.schema");
		String schema = reused != null ? reused
				: "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (reused == null) {
			try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
				c.createStatement().execute("create schema " + schema);
			}
		}
		Path file = Files.createTempFile("siao-bench", ".jsonl");
		HeapSampler heap = new HeapSampler();
		heap.start();
		// as arguments, not default properties: the postgres profile's own URL would win over those,
		// and the households would go to the database's default schema instead of this one
		ConfigurableApplicationContext app = new SpringApplicationBuilder(SiaoApplication.class)
			.profiles("postgres")
			.run("--spring.datasource.url=" + url + "?currentSchema=" + schema + "&reWriteBatchedInserts=true",
					"--logging.level.root=WARN", "--server.port=0");
		if (reused != null) {
			try {
				reads(app);
			}
			finally {
				heap.interrupt();
				app.close();
				Files.deleteIfExists(file);
			}
			return;
		}
		try {
			JsonMapper json = app.getBean(JsonMapper.class);
			RuleBooks rules = app.getBean(RuleBooks.class);
			long generating = System.nanoTime();
			List<String> codes = write(file, n, json, rules);
			System.out.printf(Locale.ROOT, "generated %,d households (%,d MB of JSON Lines) in %.1f s%n", n,
					Files.size(file) >> 20, (System.nanoTime() - generating) / 1e9);

			breakdown(app, file, Math.min(n, 2000));

			SurveyImporter importer = app.getBean(SurveyImporter.class);
			double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			long serverCpu0 = postgresCpuTicks();
			long cpu0 = processCpu();
			heap.reset();
			jdk.jfr.Recording recording = profileOfImport();
			long wall0 = System.nanoTime();
			ImportRun run;
			try (InputStream in = Files.newInputStream(file)) {
				run = importer.importFile(in, SurveyImporter.Format.JSON_LINES, "bench", Scope.EVERYWHERE, Locale.ENGLISH);
			}
			double wall = (System.nanoTime() - wall0) / 1e9;
			double cpu = (processCpu() - cpu0) / 1e9;
			double serverCpu = (postgresCpuTicks() - serverCpu0) / 100.0;
			double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			if (recording != null) {
				recording.stop();
				recording.dump(Path.of(System.getProperty("siao.bench.jfr")));
			}
			System.out.printf(Locale.ROOT, "import: %,d kept, %,d bad lines in %.1f s wall (%.0f households/s); "
					+ "this process %.1f s CPU (%.2f ms a household), PostgreSQL server %.1f s CPU; most heap used %d MB "
					+ "(max %d MB); load average %.1f before, %.1f after, %d cores%n", run.kept(), run.bad(), wall,
					run.kept() / wall, cpu, 1000 * cpu / n, serverCpu, heap.max() >> 20,
					Runtime.getRuntime().maxMemory() >> 20, load0, load1, Runtime.getRuntime().availableProcessors());

			summaryAndPages(app, n, codes);
		}
		finally {
			heap.interrupt();
			app.close();
			Files.deleteIfExists(file);
			if (!Boolean.getBoolean("siao.bench.keep")) {
				try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
					c.createStatement().execute("drop schema " + schema + " cascade");
				}
			}
			else {
				System.out.println("schema kept: " + schema);
			}
		}
	}

	/**
	 * The reads over a schema filled beforehand ({@code -Dsiao.bench.schema}, kept): the villages'
	 * counts brought up to date (what the end of an import pays for the villages it marked), then
	 * the province summary and household pages.
	 */
	private static void reads(ConfigurableApplicationContext app) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		grow(jdbc, Integer.getInteger("siao.bench.copies", 0));
		long n = jdbc.sql("select count(*) from household").query(Long.class).single();
		long villages = jdbc.sql("select count(distinct village) from tally_dirty").query(Long.class).single();
		long t = System.nanoTime();
		app.getBean(AreaTallies.class).refresh(null);
		System.out.printf(Locale.ROOT, "counting %,d villages marked (of %,d households): %.1f s%n", villages, n,
				(System.nanoTime() - t) / 1e9);
		List<String> codes = jdbc.sql("select code from household order by random() limit 1000").query(String.class).list();
		summaryAndPages(app, n, codes);
	}

	/** Ids of a copy start at its number times this: the imported ones are below. */
	private static final long COPY_IDS = 10_000_000;

	/**
	 * Adds {@code copies} copies of the imported households (PostgreSQL), each in districts of its
	 * own (the district digits moved up past the imported ones), their visits and rows, items and
	 * events, and marks every village changed: a province of a million households in minutes.
	 */
	private static void grow(JdbcClient jdbc, int copies) {
		if (copies == 0) {
			return;
		}
		int districts = jdbc.sql("select max(cast(substr(district, 3, 2) as int)) from household where id < " + COPY_IDS)
			.query(Integer.class)
			.single();
		if ((copies + 1) * districts > 99) {
			throw new IllegalArgumentException("too many copies for " + districts + " districts");
		}
		long t = System.nanoTime();
		for (int k = 1; k <= copies; k++) {
			long off = k * COPY_IDS;
			String shift = "'%d'".formatted(k * districts);
			java.util.function.Function<String, String> moved = column -> "substr(" + column + ", 1, 2) || lpad(cast("
					+ "cast(substr(" + column + ", 3, 2) as int) + " + shift + " as varchar), 2, '0') || substr(" + column
					+ ", 5)";
			jdbc.sql("insert into household (id, code, province, district, subdistrict, village, created_at, last_visit_id) "
					+ "select id + " + off + ", " + moved.apply("code") + ", province, " + moved.apply("district") + ", "
					+ moved.apply("subdistrict") + ", " + moved.apply("village") + ", created_at, last_visit_id + " + off
					+ " from household where id < " + COPY_IDS).update();
			jdbc.sql("insert into visit (id, household_id, visit_date, rules_version, members, survey, per_year_min, "
					+ "per_year_max, recorded_by, recorded_at) select id + " + off + ", household_id + " + off
					+ ", visit_date, rules_version, members, survey, per_year_min, per_year_max, recorded_by, recorded_at "
					+ "from visit where id < " + COPY_IDS).update();
			for (String table : List.of("visit_deficit (visit_id, indicator, member)",
					"visit_help (visit_id, programme, member, amount_min, amount_max, period, urgent)",
					"visit_receiving (visit_id, programme, member)", "visit_open (visit_id, field)")) {
				String columns = table.substring(table.indexOf('(') + 1, table.indexOf(')'));
				jdbc.sql("insert into " + table + " select visit_id + " + off + columns.substring(columns.indexOf(','))
						+ " from " + table.substring(0, table.indexOf(' ')) + " where visit_id < " + COPY_IDS).update();
			}
			jdbc.sql("insert into plan_item (id, household_id, programme, member, state, state_date, state_by, note) "
					+ "select id + " + off + ", household_id + " + off + ", programme, member, state, state_date, "
					+ "state_by, note from plan_item where id < " + COPY_IDS).update();
			jdbc.sql("insert into plan_item_event (item_id, state, on_date, by_user, note, recorded_at) select item_id + "
					+ off + ", state, on_date, by_user, note, recorded_at from plan_item_event where item_id < " + COPY_IDS)
				.update();
		}
		for (String table : List.of("household", "visit", "plan_item")) {
			jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))")
				.query(Long.class)
				.single();
		}
		jdbc.sql("insert into tally_dirty (village) select distinct village from household").update();
		jdbc.sql("analyze").update();
		System.out.printf(Locale.ROOT, "copied the imported households %d times in %.0f s%n", copies,
				(System.nanoTime() - t) / 1e9);
	}

	private static void summaryAndPages(ConfigurableApplicationContext app, long n, List<String> codes) {
		AreaSummaries summaries = app.getBean(AreaSummaries.class);
		double[] summary = new double[7];
		for (int i = 0; i < summary.length; i++) {
			long t = System.nanoTime();
			summaries.of("40", Locale.forLanguageTag("th"));
			summary[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(summary);
		System.out.printf(Locale.ROOT, "province summary over %,d households: median %.0f ms, best %.0f ms%n", n,
				summary[summary.length / 2], summary[0]);

		Households households = app.getBean(Households.class);
		Random random = new Random(1);
		double[] page = new double[200];
		for (int i = 0; i < page.length; i++) {
			String code = codes.get(random.nextInt(codes.size()));
			long t = System.nanoTime();
			var folder = households.folder(code, new Scope("40")).orElseThrow();
			households.changes(folder);
			page[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(page);
		System.out.printf(Locale.ROOT, "household page data (folder and changes), %d random households: median "
				+ "%.1f ms, 95th percentile %.1f ms%n", page.length, page[page.length / 2],
				page[page.length * 95 / 100]);
	}

	/**
	 * With {@code -Dsiao.bench.jfr=file}, a Flight Recorder profile of the import alone (not the
	 * start, the generating or the summaries): the JDK's "profile" settings, samples every 10 ms.
	 */
	private static jdk.jfr.Recording profileOfImport() throws Exception {
		if (System.getProperty("siao.bench.jfr") == null) {
			return null;
		}
		jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
		recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
		recording.start();
		return recording;
	}

	/**
	 * Where one household's CPU time goes, on this thread, over the first {@code n} lines read twice
	 * (the first round warms the code up): reading the line, the bean checks, assessing and keeping
	 * it as rows (the rules, the stored survey's gzip), nothing stored.
	 */
	private static void breakdown(ConfigurableApplicationContext app, Path file, int n) throws Exception {
		JsonMapper json = app.getBean(JsonMapper.class);
		jakarta.validation.Validator validator = app.getBean(jakarta.validation.Validator.class);
		Households households = app.getBean(Households.class);
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		List<String> lines = Files.readAllLines(file).subList(0, n);
		org.siao.assessment.Assessor assessor = app.getBean(org.siao.assessment.Assessor.class);
		long[] ns = new long[4];
		for (int round = 0; round < 2; round++) {
			Arrays.fill(ns, 0);
			for (String line : lines) {
				long t0 = threads.getCurrentThreadCpuTime();
				var node = json.readTree(line);
				var survey = json.treeToValue(node.get("survey"), org.siao.survey.Survey.class);
				long t1 = threads.getCurrentThreadCpuTime();
				validator.validate(survey);
				long t2 = threads.getCurrentThreadCpuTime();
				households.prepare(org.siao.households.HouseholdCode.parse(node.get("household").asString()).orElseThrow(),
						survey, Scope.EVERYWHERE, org.siao.catalogue.Language.TH);
				long t3 = threads.getCurrentThreadCpuTime();
				assessor.assess(survey, org.siao.catalogue.Language.TH);
				long t4 = threads.getCurrentThreadCpuTime();
				ns[0] += t1 - t0;
				ns[1] += t2 - t1;
				ns[2] += t3 - t2;
				ns[3] += t4 - t3;
			}
		}
		System.out.printf(Locale.ROOT, "one thread, CPU a household over %d households (warm): read %.3f ms, "
				+ "checks %.3f ms, assess and make rows %.3f ms, of which the assessment alone %.3f ms%n", n,
				ns[0] / 1e6 / n, ns[1] / 1e6 / n, ns[2] / 1e6 / n, ns[3] / 1e6 / n);
	}

	/** N households as JSON Lines, village after village; their codes. */
	private static List<String> write(Path file, int n, JsonMapper json, RuleBooks rules) throws Exception {
		SyntheticHouseholds synthetic = new SyntheticHouseholds(42, json,
				rules.current().catalogue().programmes().keySet());
		LocalDate date = LocalDate.of(2025, 6, 1);
		List<String> codes = new ArrayList<>(n);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < n; i++) {
				int v = i / PER_VILLAGE;
				String village = String.format(Locale.ROOT, "40%02d%02d%02d", 1 + v / 270, 1 + (v / 27) % 10,
						1 + v % 27);
				String code = village + "-" + (1 + i % PER_VILLAGE);
				codes.add(code);
				out.write("{\"household\":\"" + code + "\",\"survey\":"
						+ json.writeValueAsString(synthetic.next(village, date.minusDays(i % 90))) + "}\n");
			}
		}
		return codes;
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** User and system CPU ticks (1/100 s) of every PostgreSQL server process on this machine; 0 when /proc is not there. */
	private static long postgresCpuTicks() {
		long ticks = 0;
		try (var dirs = Files.list(Path.of("/proc"))) {
			for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String stat = Files.readString(dir.resolve("stat"));
					int close = stat.lastIndexOf(')');
					String name = stat.substring(stat.indexOf('(') + 1, close);
					if (name.startsWith("postgres")) {
						String[] f = stat.substring(close + 2).split(" ");
						ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
					}
				}
				catch (Exception e) {
					// the process ended meanwhile
				}
			}
		}
		catch (Exception e) {
			return 0;
		}
		return ticks;
	}

	/** The most heap used, sampled. */
	private static final class HeapSampler extends Thread {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong max = new AtomicLong();

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}

		void reset() {
			max.set(0);
		}

		long max() {
			return max.get();
		}

	}

}
