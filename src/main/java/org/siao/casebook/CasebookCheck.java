package org.siao.casebook;

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
		Path rules = Path.of(args.length > 0 ? args[0] : "rules");
		Path casebook = Path.of(args.length > 1 ? args[1] : "casebook");
		RuleBook book;
		try {
			book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(rules));
		}
		catch (RulesRejected e) {
			System.out.println(e.getMessage());
			System.exit(2);
			return;
		}
		List<Case> cases = CasebookReader.read(casebook);
		CasebookRunner runner = new CasebookRunner();
		int failed = 0;
		for (Case c : cases) {
			CasebookRunner.Result result = runner.run(book, c);
			if (!result.passed()) {
				failed++;
				System.out.print("FAIL " + result.report());
			}
		}
		System.out.printf("rules %s: %d passed, %d failed%n", book.version(), cases.size() - failed, failed);
		System.exit(failed == 0 ? 0 : 1);
	}

}
