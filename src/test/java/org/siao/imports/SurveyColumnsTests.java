package org.siao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The CSV columns come from the survey records, the documented list is theirs, and personal columns are told apart. */
class SurveyColumnsTests {

	@Test
	void theDocumentedColumnsAreTheSurveysColumns() throws Exception {
		String page = Files.readString(Path.of("docs/import-csv.md"), StandardCharsets.UTF_8);
		assertThat(page).as("docs/import-csv.md lists other columns than the survey has: run SurveyColumns.main")
			.isEqualTo(SurveyColumns.withCurrentColumns(page));
	}

	@Test
	void everyHouseholdAndMemberFieldIsAColumnAndNoneLooksPersonal() {
		assertThat(SurveyColumns.named("income.ownProduce")).isPresent();
		assertThat(SurveyColumns.named("member.birthWeightGrams")).get().satisfies(c -> assertThat(c.member()).isTrue());
		assertThat(SurveyColumns.named("member.receives")).get().satisfies(c -> assertThat(c.list()).isTrue());
		assertThat(SurveyColumns.named("location.village")).isEmpty();
		assertThat(SurveyColumns.all()).noneMatch(c -> SurveyColumns.personal(c.name()));
	}

	@Test
	void namesIdNumbersAndAddressesAreToldApartInEnglishAndThai() {
		assertThat(SurveyColumns.personal("ชื่อ")).isTrue();
		assertThat(SurveyColumns.personal("ชื่อ-สกุล")).isTrue();
		assertThat(SurveyColumns.personal("เลขบัตรประชาชน")).isTrue();
		assertThat(SurveyColumns.personal("First Name")).isTrue();
		assertThat(SurveyColumns.personal("citizen_id")).isTrue();
		assertThat(SurveyColumns.personal("Address")).isTrue();
		assertThat(SurveyColumns.personal("colour")).isFalse();
	}

	@Test
	void cellsAreSplitAsRfc4180QuotesThemWithinALine() {
		assertThat(CsvSurveys.split("a,\"b,c\",\"d \"\"e\"\"\",")).containsExactly("a", "b,c", "d \"e\"", "");
		assertThat(CsvSurveys.split("a,\"b")).isNull();
	}

}
