package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** จปฐ. questions 8.1 (secure tenure) and 8.2 (durable house). */
@Schema(description = "Housing (จปฐ. 8)")
public record Housing(
		@Schema(description = "The household is secure in its home, with no risk of eviction (8.1)", example = "true")
		Boolean secureTenure,
		@Schema(description = "The house is durable: sound roof, walls and floor for at least 5 years (8.2)",
				example = "false")
		Boolean durable) {
}
