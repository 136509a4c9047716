package org.siao.survey;

/** Relation to the head of household. */
public enum Relation {
	HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, RELATIVE, OTHER
}
