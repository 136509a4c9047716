package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** Relation to the head of household. */
@Schema(description = "Relation to the head of household")
public enum Relation {
	HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, RELATIVE, OTHER
}
