package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Sex")
public enum Sex {
	FEMALE, MALE
}
