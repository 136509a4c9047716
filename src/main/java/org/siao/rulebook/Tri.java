package org.siao.rulebook;

/** A table cell's verdict on a fact that may be unknown. */
public enum Tri {
	TRUE, FALSE, UNKNOWN
}
