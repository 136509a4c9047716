package org.siao.policy.dmn;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes an element tree back as text the way the rules files are written: attributes in their
 * order, empty elements closed in place, whitespace between elements kept, quotes in text escaped
 * as {@code &quot;} only where the files do it (never: FEEL strings stay readable).
 */
final class XmlWriter {

	private XmlWriter() {
	}

	static void write(Node node, StringBuilder out) {
		switch (node.getNodeType()) {
			case Node.ELEMENT_NODE -> element((Element) node, out);
			case Node.TEXT_NODE -> escape(node.getNodeValue(), out, false);
			case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
			case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
			case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(node.getNodeName()).append(' ')
				.append(node.getNodeValue()).append("?>");
			default -> {
			}
		}
	}

	private static void element(Element element, StringBuilder out) {
		out.append('<').append(element.getTagName());
		NamedNodeMap attributes = element.getAttributes();
		java.util.List<Attr> ordered = new java.util.ArrayList<>();
		for (String name : AttributeOrder.of(element)) {
			if (attributes.getNamedItem(name) instanceof Attr attribute) {
				ordered.add(attribute);
			}
		}
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!ordered.contains(attribute)) {
				ordered.add(attribute);
			}
		}
		for (Attr attribute : ordered) {
			out.append(' ').append(attribute.getName()).append("=\"");
			escape(attribute.getValue(), out, true);
			out.append('"');
		}
		if (!element.hasChildNodes()) {
			out.append("/>");
			return;
		}
		out.append('>');
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			write(child, out);
		}
		out.append("</").append(element.getTagName()).append('>');
	}

	private static void escape(String text, StringBuilder out, boolean attribute) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append(attribute ? "&quot;" : "\"");
				default -> out.append(c);
			}
		}
	}

}
