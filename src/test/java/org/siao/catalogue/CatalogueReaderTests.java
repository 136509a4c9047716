package org.siao.catalogue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What staff may leave out of the catalogue, and what the reader refuses. */
class CatalogueReaderTests {

	private static final String INDICATORS = """
			WEL-1:
			  dimension: WELFARE
			  name: {th: "ผู้สูงอายุได้รับการดูแล", en: "Elderly members are cared for"}
			  urgent: {th: "ผู้สูงอายุไม่มีผู้ดูแล", en: "an elderly person has no one to look after them"}
			  source: "a source"
			""";

	private static final String PROGRAMME = """
			CARE:
			  name: {th: "การดูแล", en: "Care"}
			  agency: {th: "หน่วยงาน", en: "An agency"}
			  kind: SERVICE
			  scope: MEMBER
			  priority: 10
			  benefit: {th: "ดูแล", en: "Care"}
			  documents:
			    - {th: "บัตรประจำตัวประชาชน", en: "national ID card"}
			    - {th: "หลักฐานการเป็นนักเรียน", en: "proof of enrolment", onlyIf: inSchool}
			  source: "a source"
			  status: CONFIRMED
			""";

	@Test
	void aProgrammeMayLeaveOutHowToApplyUrgencyAndTheDeficitsItAnswers() {
		Catalogue catalogue = read(PROGRAMME);
		Programme care = catalogue.programme("CARE").orElseThrow();
		assertThat(care.apply()).isNull();
		assertThat(care.urgent()).isNull();
		assertThat(care.answers()).isEmpty();
		assertThat(care.documents()).extracting(Document::onlyIf).containsExactly(null, "inSchool");
		Indicator elderly = catalogue.indicator("WEL-1").orElseThrow();
		assertThat(elderly.urgent()).isTrue();
		assertThat(elderly.urgentReason().in(Language.TH)).isEqualTo("ผู้สูงอายุไม่มีผู้ดูแล");
	}

	@Test
	void howToApplyIsReadInBothLanguages() {
		Programme care = read(PROGRAMME + "  apply: {th: \"โทร 1300\", en: \"Call 1300\"}\n").programme("CARE").orElseThrow();
		assertThat(care.apply().in(Language.EN)).isEqualTo("Call 1300");
		assertThat(care.apply().in(Language.TH)).isEqualTo("โทร 1300");
	}

	@Test
	void aTextInOneLanguageOnlyIsRefused() {
		assertThatThrownBy(() -> read(PROGRAMME + "  apply: {th: \"โทร 1300\"}\n"))
			.isInstanceOf(CatalogueReader.CatalogueException.class).hasMessageContaining("CARE.apply");
	}

	@Test
	void answeringAnIndicatorThatDoesNotExistIsRefused() {
		assertThatThrownBy(() -> read(PROGRAMME + "  answers: [WEL-9]\n"))
			.isInstanceOf(CatalogueReader.CatalogueException.class).hasMessageContaining("WEL-9");
	}

	private static Catalogue read(String programmes) {
		return CatalogueReader.read(INDICATORS.getBytes(StandardCharsets.UTF_8), programmes.getBytes(StandardCharsets.UTF_8));
	}

}
