package org.siao.casebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command a policy office runs in its own CI: exit code and report. */
class CasebookCheckTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void theRepoRulesPassTheRepoCasebook() {
		int code = CasebookCheck.run(Path.of("rules"), Path.of("casebook"), new PrintStream(out, true));
		assertThat(code).isZero();
		assertThat(out.toString()).containsPattern("rules [0-9a-f]{12}: \\d+ passed, 0 failed");
	}

	@Test
	void aFailingCaseExitsNonZeroWithItsReport(@TempDir Path casebook) throws Exception {
		String grandmother = Files.readString(Path.of("casebook/elderly/grandmother-raising-grandchildren.yaml"))
			.replace("OLD-AGE-ALLOWANCE@m1: 700", "OLD-AGE-ALLOWANCE@m1: 800");
		Files.writeString(casebook.resolve("grandmother.yaml"), grandmother);
		int code = CasebookCheck.run(Path.of("rules"), casebook, new PrintStream(out, true));
		assertThat(code).isEqualTo(1);
		assertThat(out.toString()).contains("FAIL grandmother.yaml").contains("amount of OLD-AGE-ALLOWANCE@m1: expected 800, got 700")
			.contains("0 passed, 1 failed");
	}

	@Test
	void rulesThatDoNotLoadExitWithTwo(@TempDir Path rules) throws Exception {
		Files.writeString(rules.resolve("plan.drl"), "package rules; rule \"broken\" when then end end");
		assertThat(CasebookCheck.run(rules, Path.of("casebook"), new PrintStream(out, true))).isEqualTo(2);
		assertThat(out.toString()).contains("rules rejected");
	}

}
