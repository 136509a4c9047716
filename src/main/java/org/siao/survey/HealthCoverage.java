package org.siao.survey;

/** Health scheme: universal coverage (บัตรทอง), social security, civil-servant scheme, or none. */
public enum HealthCoverage {
	UC, SOCIAL_SECURITY, CIVIL_SERVANT, NONE
}
