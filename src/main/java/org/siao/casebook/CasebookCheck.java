package org.siao.casebook;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.rulebook.RulesRejected;

/**
 * The casebook check without the server, for a policy office's own CI:
 * {@code java -cp siao.jar -Dloader.main=org.siao.casebook.CasebookCheck org.springframework.boot.loader.launch.PropertiesLauncher rules casebook}.
 * Exits 1 when any case fails, 2 when the rules do not load.
 */
public final class CasebookCheck {

	private CasebookCheck() {
	}

	public static void main(String[] args) {
		System.exit(run(Path.of(args.length > 0 ? args[0] : "rules"), Path.of(args.length > 1 ? args[1] : "casebook"),
				System.out));
	}

	/** @return 0 when every case passes, 1 when one fails, 2 when the rules do not load */
	static int run(Path rules, Path casebook, PrintStream out) {
		RuleBook book;
		try {
			book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(rules));
		}
		catch (RulesRejected e) {
			out.println(e.getMessage());
			return 2;
		}
		List<Case> cases = CasebookReader.read(casebook);
		CasebookRunner runner = new CasebookRunner();
		int failed = 0;
		for (Case c : cases) {
			CasebookRunner.Result result = runner.run(book, c);
			if (!result.passed()) {
				failed++;
				out.print("FAIL " + result.report());
			}
		}
		out.printf("rules %s: %d passed, %d failed%n", book.version(), cases.size() - failed, failed);
		return failed == 0 ? 0 : 1;
	}

}
