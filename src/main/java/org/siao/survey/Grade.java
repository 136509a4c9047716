package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Current grade when in school, otherwise the highest grade completed. The minimum age catches
 * impossible answers (a two-year-old in M.3) without refusing late or adult learners.
 */
@Schema(description = "Grade: K1-K3 kindergarten (อนุบาล), P1-P6 primary (ป.1-6), M1-M6 secondary (ม.1-6), VOCATIONAL_CERTIFICATE (ปวช.), VOCATIONAL_DIPLOMA (ปวส.), BACHELOR, POSTGRADUATE")
public enum Grade {

	K1(2, SchoolLevel.PRE_PRIMARY), K2(3, SchoolLevel.PRE_PRIMARY), K3(4, SchoolLevel.PRE_PRIMARY),
	P1(5, SchoolLevel.PRIMARY), P2(6, SchoolLevel.PRIMARY), P3(7, SchoolLevel.PRIMARY),
	P4(8, SchoolLevel.PRIMARY), P5(9, SchoolLevel.PRIMARY), P6(10, SchoolLevel.PRIMARY),
	M1(11, SchoolLevel.LOWER_SECONDARY), M2(12, SchoolLevel.LOWER_SECONDARY), M3(13, SchoolLevel.LOWER_SECONDARY),
	M4(14, SchoolLevel.UPPER_SECONDARY), M5(15, SchoolLevel.UPPER_SECONDARY), M6(16, SchoolLevel.UPPER_SECONDARY),
	VOCATIONAL_CERTIFICATE(14, SchoolLevel.VOCATIONAL), VOCATIONAL_DIPLOMA(17, SchoolLevel.VOCATIONAL),
	BACHELOR(17, SchoolLevel.HIGHER), POSTGRADUATE(20, SchoolLevel.HIGHER);

	private final int minimumAge;

	private final SchoolLevel level;

	Grade(int minimumAge, SchoolLevel level) {
		this.minimumAge = minimumAge;
		this.level = level;
	}

	public int minimumAge() {
		return minimumAge;
	}

	public SchoolLevel level() {
		return level;
	}

	public enum SchoolLevel {
		PRE_PRIMARY, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, VOCATIONAL, HIGHER
	}

}
