package org.siao.policy.dmn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XML parser hands attributes back sorted by name; the files list {@code id} first. This reads
 * the order each start tag was written in and pins it on the element, so the writer keeps it.
 */
final class AttributeOrder {

	static final String KEY = "siao.attributeOrder";

	private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	private AttributeOrder() {
	}

	static void pin(Document document, String text) {
		List<List<String>> tags = startTags(text);
		NodeList elements = document.getElementsByTagNameNS("*", "*");
		if (elements.getLength() != tags.size()) {
			return; // an unusual file: the parser's order is still a valid file
		}
		for (int i = 0; i < elements.getLength(); i++) {
			elements.item(i).setUserData(KEY, tags.get(i), null);
		}
	}

	@SuppressWarnings("unchecked")
	static List<String> of(Element element) {
		Object order = element.getUserData(KEY);
		return order instanceof List<?> list ? (List<String>) list : List.of();
	}

	/** Attribute names of every start tag, in document order; comments, CDATA and PIs skipped. */
	private static List<List<String>> startTags(String text) {
		List<List<String>> tags = new ArrayList<>();
		int i = 0;
		while ((i = text.indexOf('<', i)) >= 0) {
			if (text.startsWith("<!--", i)) {
				i = end(text, i, "-->");
			}
			else if (text.startsWith("<![CDATA[", i)) {
				i = end(text, i, "]]>");
			}
			else if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
				i = end(text, i, ">");
			}
			else if (text.startsWith("</", i)) {
				i = end(text, i, ">");
			}
			else {
				int close = tagEnd(text, i);
				Matcher m = ATTRIBUTE.matcher(text.substring(i, close));
				List<String> names = new ArrayList<>();
				while (m.find()) {
					names.add(m.group(1));
				}
				tags.add(names);
				i = close;
			}
		}
		return tags;
	}

	private static int end(String text, int from, String marker) {
		int at = text.indexOf(marker, from);
		return at < 0 ? text.length() : at + marker.length();
	}

	/** The end of a start tag, quotes respected. */
	private static int tagEnd(String text, int from) {
		char quote = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i + 1;
			}
		}
		return text.length();
	}

}
