package org.siao.rulebook;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a DMN file may hold, checked on the XML before KIE compiles or runs anything: decision
 * tables over named inputs, whose cells take only the shapes {@link CellParser} compiles (values,
 * comparisons, ranges, lists of them, {@code not(...)}, {@code null}, {@code -}) and whose outputs
 * are constants. FEEL is a programming language (loops, user functions, calls into Java through
 * {@code function(...) external}); a table needs none of it, and without it a table cannot run
 * code or run long. Size limits bound what compiling a folder can cost.
 */
final class TableOnlyDmn {

	// The KIE validator's overlap analysis grows faster than the rows of a table: a table of 100
	// random rows over 10 columns takes it tens of seconds. These limits are several times what the
	// rules use (at most 9 rows and 8 columns per table, 135 rows in all).
	static final int MAX_TABLES_PER_FILE = 100;

	static final int MAX_ROWS_PER_TABLE = 50;

	static final int MAX_COLUMNS_PER_TABLE = 15;

	static final int MAX_ROWS_PER_FOLDER = 1000;

	static final int MAX_TEXT_CHARS = 1000;

	private static final Pattern DMN_MODEL = Pattern.compile("https?://www\\.omg\\.org/spec/DMN/\\d{8}/MODEL/?");

	/** The diagram (shapes, edges, their sizes): drawn by the editor, never evaluated. */
	private static final Pattern DIAGRAM = Pattern.compile("https?://www\\.omg\\.org/spec/DMN/\\d{8}/(DMNDI|DC|DI)/?");

	private static final Set<String> MODEL_ELEMENTS = Set.of("definitions", "description", "inputData", "variable",
			"decision", "informationRequirement", "requiredInput", "decisionTable", "input", "inputExpression",
			"inputValues", "output", "outputValues", "annotation", "rule", "inputEntry", "outputEntry",
			"annotationEntry", "text", "extensionElements");

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private static final Pattern TYPE = Pattern.compile("(\\w+:)?(number|string|boolean|date|Any)");

	private static final Pattern FEEL_LANGUAGE = Pattern.compile("https?://www\\.omg\\.org/spec/DMN/\\d{8}/FEEL/?");

	private int rows;

	/** Rows seen so far in the files checked by this instance (one folder). */
	int rows() {
		return rows;
	}

	/** Where in the file an element sits, for the message. */
	private record At(String table, Integer row, String column) {
	}

	void check(String file, byte[] xml, List<RuleProblem> problems) {
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (Exception e) {
			problems.add(new RuleProblem(file, null, null, "is not readable DMN XML: " + e.getMessage()));
			return;
		}
		if (children(root, "decision").size() > MAX_TABLES_PER_FILE) {
			problems.add(new RuleProblem(file, null, null, "holds more than " + MAX_TABLES_PER_FILE + " decisions"));
			return;
		}
		walk(file, root, new At(null, null, null), problems);
	}

	private void walk(String file, Element element, At at, List<RuleProblem> problems) {
		String ns = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
		String name = element.getLocalName();
		if (DIAGRAM.matcher(ns).matches()) {
			return;
		}
		if (!DMN_MODEL.matcher(ns).matches() || !MODEL_ELEMENTS.contains(name)) {
			problems.add(new RuleProblem(file, at.table, at.row, "<" + name + "> is not allowed: a rules file holds"
					+ " decision tables only (no functions, knowledge models, imports, contexts or literal expressions)"));
			return;
		}
		if (!attributesAllowed(file, element, at, problems)) {
			return;
		}
		switch (name) {
			case "decision" -> at = new At(element.getAttribute("name"), null, null);
			case "decisionTable" -> {
				if (!sized(file, element, at, problems)) {
					return;
				}
			}
			case "rule" -> at = new At(at.table, position(element, "rule"), null);
			case "inputEntry" -> at = new At(at.table, at.row, column(element));
			case "extensionElements" -> {
				if (!children(element, "*").isEmpty() || !element.getTextContent().isBlank()) {
					problems.add(new RuleProblem(file, at.table, at.row, "<extensionElements> must be empty"));
				}
				return;
			}
			case "text" -> {
				text(file, (Element) element.getParentNode(), element.getTextContent(), at, problems);
				return;
			}
			default -> {
			}
		}
		for (Element child : children(element, "*")) {
			walk(file, child, at, problems);
		}
	}

	/** A cell, an output, a column's expression or its allowed values: each has its own shape. */
	private void text(String file, Element parent, String raw, At at, List<RuleProblem> problems) {
		String text = raw == null ? "" : raw.trim();
		String where = at.column == null ? "" : "column '" + at.column + "': ";
		if (text.length() > MAX_TEXT_CHARS) {
			problems.add(new RuleProblem(file, at.table, at.row, where + "a cell may hold at most " + MAX_TEXT_CHARS + " characters"));
			return;
		}
		String kind = parent.getLocalName();
		boolean allowed = switch (kind) {
			case "inputEntry" -> text.isEmpty() || text.equals("-") || CellParser.parse(text).isPresent();
			case "inputValues", "outputValues" -> text.isEmpty() || CellParser.parse(text).isPresent();
			case "outputEntry" -> OutputLiteral.parse(text).isPresent();
			case "inputExpression" -> NAME.matcher(text).matches();
			default -> true; // descriptions and annotations (the source) are words, never evaluated
		};
		if (!allowed) {
			String shape = switch (kind) {
				case "outputEntry" -> "an output must be a constant: a number, a \"text\" or null";
				case "inputExpression" -> "a column must name a survey fact or an indicator code";
				default -> "a cell may hold a value (12, \"FAIL\", true, date(\"2022-01-01\")), a comparison (< 38000),"
						+ " a range ([60..70)), a list of these, not(...), null or -";
			};
			problems.add(new RuleProblem(file, at.table, at.row, where + "'" + abbreviate(text) + "' is not allowed: " + shape));
		}
	}

	private static boolean attributesAllowed(String file, Element element, At at, List<RuleProblem> problems) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attr = (Attr) attributes.item(i);
			String name = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
			boolean bad = switch (name) {
				case "expressionLanguage", "typeLanguage" -> !FEEL_LANGUAGE.matcher(attr.getValue()).matches();
				case "typeRef" -> !TYPE.matcher(attr.getValue()).matches();
				default -> false;
			};
			if (bad) {
				problems.add(new RuleProblem(file, at.table, at.row,
						"<" + element.getLocalName() + " " + name + "=\"" + abbreviate(attr.getValue()) + "\"> is not allowed"
								+ (name.equals("typeRef") ? ": a type is number, string, boolean or date" : ": tables are FEEL")));
				return false;
			}
		}
		return true;
	}

	private boolean sized(String file, Element table, At at, List<RuleProblem> problems) {
		int columns = children(table, "input").size();
		int rows = children(table, "rule").size();
		this.rows += rows;
		if (columns > MAX_COLUMNS_PER_TABLE || rows > MAX_ROWS_PER_TABLE) {
			problems.add(new RuleProblem(file, at.table, null, "has " + columns + " columns and " + rows
					+ " rows; a table may have at most " + MAX_COLUMNS_PER_TABLE + " columns and " + MAX_ROWS_PER_TABLE + " rows"));
			return false;
		}
		return true;
	}

	/** The label (or expression) of the input column an entry belongs to, by its position in the rule. */
	private static String column(Element entry) {
		int index = position(entry, "inputEntry") - 1;
		Node table = entry.getParentNode().getParentNode();
		List<Element> inputs = children((Element) table, "input");
		if (index >= inputs.size()) {
			return String.valueOf(index + 1);
		}
		Element input = inputs.get(index);
		if (!input.getAttribute("label").isEmpty()) {
			return input.getAttribute("label");
		}
		List<Element> expression = children(input, "inputExpression");
		return expression.isEmpty() ? String.valueOf(index + 1) : expression.get(0).getTextContent().trim();
	}

	/** 1-based position among the siblings of the same name, as the table editor numbers rows. */
	private static int position(Element element, String name) {
		int n = 0;
		for (Node sibling = element; sibling != null; sibling = sibling.getPreviousSibling()) {
			if (sibling instanceof Element e && name.equals(e.getLocalName())) {
				n++;
			}
		}
		return n;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> out = new java.util.ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && (name.equals("*") || name.equals(e.getLocalName()))) {
				out.add(e);
			}
		}
		return out;
	}

	private static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 77) + "..." : text;
	}

}
