package org.siao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.siao.SiaoApplication;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.assessment.print.PlanPdf;
import org.siao.assessment.print.PlanSheet;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long one printed plan takes (template, layout, PDF), as the median of 20 renders after a
 * warm-up, for the casebook household with the most recommendations; and sample PDFs to look at.
 * Run: {@code mvn -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.siao.bench.PlanPdfTiming target/plans}.
 */
public final class PlanPdfTiming {

	private PlanPdfTiming() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "target/plans");
		Files.createDirectories(out);
		// the whole service on a free port: the security configuration needs the web layer
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiaoApplication.class)
			.run("--server.port=0", "--siao.rules.watch-interval=0")) {
			PlanPdf pdf = context.getBean(PlanPdf.class);
			Assessor assessor = context.getBean(Assessor.class);
			List<Case> cases = CasebookReader.read(Path.of("casebook"));
			Case largest = null;
			int most = -1;
			for (Case c : cases) {
				for (Language language : Language.values()) {
					Assessment a = assessor.assess(c.survey(), language);
					byte[] bytes = pdf.render(new PlanSheet("HH-40-0001", a.assessmentDate(), a, language.locale()));
					Files.write(out.resolve(c.path().replace('/', '-').replace(".yaml", "") + "-" + language + ".pdf"), bytes);
					if (a.recommendations().size() > most) {
						most = a.recommendations().size();
						largest = c;
					}
				}
			}
			Assessment a = assessor.assess(largest.survey(), Language.TH);
			PlanSheet sheet = new PlanSheet("HH-40-0001", a.assessmentDate(), a, Language.TH.locale());
			for (int i = 0; i < 30; i++) {
				pdf.render(sheet);
			}
			// wall time, and this thread's CPU time, which other processes on a shared machine disturb less
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			List<Long> wall = new ArrayList<>();
			List<Long> cpu = new ArrayList<>();
			int size = 0;
			for (int i = 0; i < 20; i++) {
				long start = System.nanoTime();
				long startCpu = threads.getCurrentThreadCpuTime();
				size = pdf.render(sheet).length;
				cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1000);
				wall.add((System.nanoTime() - start) / 1000);
			}
			Collections.sort(wall);
			Collections.sort(cpu);
			System.out.printf("%s: %d recommendations, %d bytes; over 20 renders: wall median %.1f ms (min %.1f, max %.1f),"
					+ " CPU median %.1f ms%n", largest.path(), most, size, wall.get(10) / 1000.0, wall.get(0) / 1000.0,
					wall.get(19) / 1000.0, cpu.get(10) / 1000.0);
		}
	}

}
