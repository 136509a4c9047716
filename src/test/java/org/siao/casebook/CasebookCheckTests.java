package org.siao.casebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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
		Path source = Path.of("casebook/elderly/grandmother-raising-grandchildren.yaml");
		// make the first amount the case expects wrong by 100, whatever the staff have set it to
		Map.Entry<String, Long> amount = new TreeMap<>(CasebookReader.read(Path.of("casebook")).stream()
			.filter(c -> c.path().equals("elderly/grandmother-raising-grandchildren.yaml")).findFirst().orElseThrow()
			.expect().amounts()).firstEntry();
		String written = amount.getKey() + ": " + amount.getValue();
		String text = Files.readString(source);
		assertThat(text).as("the case writes its amount as %s", written).contains(written);
		long wrong = amount.getValue() + 100;
		Files.writeString(casebook.resolve("grandmother.yaml"), text.replace(written, amount.getKey() + ": " + wrong));
		int code = CasebookCheck.run(Path.of("rules"), casebook, new PrintStream(out, true));
		assertThat(code).isEqualTo(1);
		assertThat(out.toString()).contains("FAIL grandmother.yaml")
			.contains("amount of " + amount.getKey() + ": expected " + wrong + ", got " + amount.getValue())
			.contains("0 passed, 1 failed");
	}

	@Test
	void rulesThatDoNotLoadExitWithTwo(@TempDir Path rules) throws Exception {
		Files.writeString(rules.resolve("plan.drl"), "package rules; rule \"broken\" when then end end");
		assertThat(CasebookCheck.run(rules, Path.of("casebook"), new PrintStream(out, true))).isEqualTo(2);
		assertThat(out.toString()).contains("rules rejected");
	}

}
