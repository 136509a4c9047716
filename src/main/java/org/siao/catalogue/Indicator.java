package org.siao.catalogue;

/**
 * An indicator of the five dimensions. {@code bmn} is its จปฐ. number (2560-2564 set) when it
 * has one, {@code tpmap} its TPMAP number; {@code urgent} marks a deficit whose answers come first, and {@code urgentReason} says why in
 * words the official can repeat (null when not urgent).
 */
public record Indicator(String code, Dimension dimension, Integer bmn, String tpmap, Text name, boolean urgent,
		Text urgentReason, String source) {
}
