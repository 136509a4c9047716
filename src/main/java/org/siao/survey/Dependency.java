package org.siao.survey;

/** Self-care: independent, homebound (ติดบ้าน) or bedridden (ติดเตียง). */
public enum Dependency {
	INDEPENDENT, HOMEBOUND, BEDRIDDEN
}
