package org.siao.casebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RuleTable;
import org.siao.rulebook.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a programme is staff work, not a Java change: a copy of the rules and the casebook gets
 * a new table, its catalogue entry, the document it cites and two cases, and it loads, every case
 * passes, and every row of the new table is exercised, as the build checks the real folders.
 */
class AddingAProgrammeTests {

	private static final String CODE = "READING-CIRCLE-GRANT";

	@Test
	void aNewProgrammeWithItsTableCatalogueEntrySourceAndCasesPassesTheChecks() throws IOException {
		Path rules = org.siao.TestRules.copy();
		Path casebook = copy(Path.of("casebook"));

		Files.writeString(rules.resolve("programmes/reading-circle.dmn"), TABLE);
		append(rules.resolve("catalogue/programmes.yaml"), CATALOGUE_ENTRY);
		append(rules.resolve("sources.yaml"), SOURCE);
		Files.createDirectories(casebook.resolve("reading-circle"));
		Files.writeString(casebook.resolve("reading-circle/elder-who-cannot-read.yaml"), aCase("An elder who cannot read joins the reading circle", false,
				"recommend: [" + CODE + "@m1]\n  amounts: {" + CODE + "@m1: 500}"));
		Files.writeString(casebook.resolve("reading-circle/elder-who-reads.yaml"), aCase("An elder who reads is not offered the reading circle", true,
				"not: [" + CODE + "]"));

		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(rules));
		assertThat(book.programmeTable(CODE).rows()).hasSize(1);
		assertThat(book.catalogue().programme(CODE)).isPresent();

		CasebookRunner runner = new CasebookRunner();
		List<String> failures = new ArrayList<>();
		Set<String> fired = new HashSet<>();
		Set<String> recommended = new HashSet<>();
		Set<String> refused = new HashSet<>();
		List<Case> cases = CasebookReader.read(casebook);
		for (Case c : cases) {
			CasebookRunner.Result result = runner.run(book, c);
			if (!result.passed()) {
				failures.add(result.report());
			}
			result.fired().forEach(r -> fired.add(r.table() + "#" + r.row()));
			c.expect().recommend().forEach(id -> recommended.add(id.split("@")[0]));
			c.expect().not().forEach(id -> refused.add(id.split("@")[0]));
		}
		assertThat(failures).as("cases failing after the programme was added").isEmpty();
		for (RuleTable.Row row : book.programmeTable(CODE).rows()) {
			assertThat(fired).contains(CODE + "#" + row.number());
		}
		assertThat(recommended).contains(CODE);
		assertThat(refused).contains(CODE);
	}

	private static void append(Path file, String text) throws IOException {
		String before = Files.readString(file);
		Files.writeString(file, (before.endsWith("\n") ? "" : "\n") + text, StandardOpenOption.APPEND);
	}

	private static Path copy(Path source) throws IOException {
		Path target = Files.createTempDirectory("siao-casebook-");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

	private static final String TABLE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="programmes_reading_circle" name="Reading circle" namespace="https://siao.example/rules/programmes/reading-circle">
			  <inputData id="in_ageYears" name="ageYears"><variable id="in_ageYears_v" name="ageYears" typeRef="number"/></inputData>
			  <inputData id="in_literate" name="literate"><variable id="in_literate_v" name="literate" typeRef="boolean"/></inputData>
			  <decision id="d_READING_CIRCLE_GRANT" name="READING-CIRCLE-GRANT">
			    <variable id="d_READING_CIRCLE_GRANT_v" name="READING-CIRCLE-GRANT" typeRef="number"/>
			    <informationRequirement id="d_READING_CIRCLE_GRANT_ir1"><requiredInput href="#in_ageYears"/></informationRequirement>
			    <informationRequirement id="d_READING_CIRCLE_GRANT_ir2"><requiredInput href="#in_literate"/></informationRequirement>
			    <decisionTable id="dt_READING_CIRCLE_GRANT" hitPolicy="UNIQUE">
			      <input id="dt_READING_CIRCLE_GRANT_i1" label="ageYears"><inputExpression id="dt_READING_CIRCLE_GRANT_i1_e" typeRef="number"><text>ageYears</text></inputExpression></input>
			      <input id="dt_READING_CIRCLE_GRANT_i2" label="literate"><inputExpression id="dt_READING_CIRCLE_GRANT_i2_e" typeRef="boolean"><text>literate</text></inputExpression></input>
			      <output id="dt_READING_CIRCLE_GRANT_o"/>
			      <annotation name="source"/>
			      <rule id="dt_READING_CIRCLE_GRANT_r1">
			        <inputEntry id="dt_READING_CIRCLE_GRANT_r1_i1"><text>&gt;= 60</text></inputEntry>
			        <inputEntry id="dt_READING_CIRCLE_GRANT_r1_i2"><text>false</text></inputEntry>
			        <outputEntry id="dt_READING_CIRCLE_GRANT_r1_o"><text>500</text></outputEntry>
			        <annotationEntry><text>[reading-circle-notice §2] 500 baht a month for members of 60 and over who cannot read</text></annotationEntry>
			      </rule>
			    </decisionTable>
			  </decision>
			</definitions>
			""";

	private static final String CATALOGUE_ENTRY = """
			READING-CIRCLE-GRANT:
			  name: {th: "ทุนวงอ่านหนังสือผู้สูงอายุ", en: "Reading circle grant for elders"}
			  agency: {th: "องค์กรปกครองส่วนท้องถิ่น", en: "Local government"}
			  kind: WELFARE
			  scope: MEMBER
			  priority: 40
			  benefit: {th: "500 บาทต่อเดือน", en: "500 baht a month"}
			  per: MONTH
			  source: "[reading-circle-notice]"
			  status: SECONDARY
			""";

	private static final String SOURCE = """
			reading-circle-notice:
			  title: {th: "ประกาศวงอ่านหนังสือผู้สูงอายุ", en: "Reading circle notice"}
			  issuer: "A local government"
			  date: "2567"
			  link: "https://reading-circle.example/notice"
			  status: SECONDARY
			""";

	private static String aCase(String title, boolean literate, String expect) {
		return """
				title: "%s"
				survey:
				  assessmentDate: 2024-06-15
				  location: {province: "40", district: "4001", subdistrict: "400101", village: "40010105"}
				  income: {mainOccupation: 0, secondaryOccupation: 0, other: 60000, ownProduce: 40000}
				  housing: {secureTenure: true, durable: true}
				  water: {drinkingLitresPerPersonPerDay: 8, useLitresPerPersonPerDay: 60}
				  foodSafety: {fdaMarkedFood: true, meatCooked: true, vegetablesWashed: true, handsWashedServingSpoon: true}
				  medicineUse: {householdRemedies: true, noGroceryPillPacks: true, noUnprescribedTraditionalDrugs: true, noExaggeratedSupplements: true}
				  hygiene: {cleanVentilatedHouse: true, cleanKitchen: true, coveredWaterStorage: true, vectorControl: true, wasteEquipment: true,
				     drainage: true, soundToilet: true, chemicalsStoredSafely: true}
				  saves: true
				  informalDebt: false
				  hardships: []
				  members:
				    - {id: m1, relation: HEAD, birthDate: 1950-01-15, sex: FEMALE, thai: true, disabled: false, dependency: INDEPENDENT,
				       chronicIllness: false, inSchool: false, literate: %s, occupation: NONE, annualIncome: 0, willingToWork: false,
				       healthCoverage: UC, sso40: false, welfareCard: true, statePension: false, financialAssets: 20000, exercises: true,
				       annualCheckup: true, caredFor: true}
				expect:
				  %s
				""".formatted(title, literate, expect);
	}

}
