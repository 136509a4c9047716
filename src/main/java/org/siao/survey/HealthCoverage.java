package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** Health scheme: universal coverage (บัตรทอง), social security, civil-servant scheme, or none. */
@Schema(description = "Health scheme: UC (universal coverage, บัตรทอง), SOCIAL_SECURITY, CIVIL_SERVANT or NONE")
public enum HealthCoverage {
	UC, SOCIAL_SECURITY, CIVIL_SERVANT, NONE
}
