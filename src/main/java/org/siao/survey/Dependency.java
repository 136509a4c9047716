package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** Self-care: independent, homebound (ติดบ้าน) or bedridden (ติดเตียง). */
@Schema(description = "Self-care: INDEPENDENT, HOMEBOUND (ติดบ้าน) or BEDRIDDEN (ติดเตียง)")
public enum Dependency {
	INDEPENDENT, HOMEBOUND, BEDRIDDEN
}
