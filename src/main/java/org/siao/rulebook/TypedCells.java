package org.siao.rulebook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.siao.survey.Fact;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A loader step on the cells as staff wrote them, before anything parses them: each value in a
 * cell must be of its column's type. FEEL itself would take {@code 36,000} as the list "36 or 0",
 * {@code "yes"} in a yes/no column as a text that never matches, and a number in a date column as
 * a comparison that is never true; each is refused here in words, at its table, row and column.
 */
final class TypedCells {

	/** A number written with a thousands separator: digits, a comma, exactly three digits. */
	private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(,\\d{3})+(?!\\d)");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern DATE = Pattern.compile("date\\(\\s*\"[^\"]*\"\\s*\\)");

	private static final Pattern COMPARISON = Pattern.compile("^(<=|>=|!=|<|>|=)\\s*");

	private static final List<String> INDICATOR_RESULTS = List.of("PASS", "FAIL", "NOT_APPLICABLE");

	/** The kind of one value in a cell, as written. */
	private enum Literal {
		NUMBER, YES_NO, DATE, TEXT, NULL, OTHER
	}

	/** Checks every input cell of every decision table in one file. */
	void check(String file, byte[] xml, Set<String> indicatorCodes, List<RuleProblem> problems) {
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (Exception e) {
			return; // an unreadable file is reported by the shape check, once
		}
		NodeList decisions = root.getElementsByTagNameNS("*", "decision");
		for (int d = 0; d < decisions.getLength(); d++) {
			Element decision = (Element) decisions.item(d);
			NodeList tables = decision.getElementsByTagNameNS("*", "decisionTable");
			for (int t = 0; t < tables.getLength(); t++) {
				table(file, decision.getAttribute("name"), (Element) tables.item(t), indicatorCodes, problems);
			}
		}
	}

	private void table(String file, String table, Element element, Set<String> indicatorCodes, List<RuleProblem> problems) {
		List<String> columns = new ArrayList<>();
		for (Element input : children(element, "input")) {
			columns.add(children(input, "inputExpression").stream().findFirst().map(TypedCells::text).orElse(""));
		}
		int row = 0;
		for (Element rule : children(element, "rule")) {
			row++;
			for (Element output : children(rule, "outputEntry")) {
				var thousands = THOUSANDS.matcher(outsideQuotes(text(output)));
				if (thousands.find()) {
					problems.add(new RuleProblem(file, table, row, "output '" + text(output) + "' writes an amount with a"
							+ " thousands separator: write " + thousands.group().replace(",", "") + ", not " + thousands.group()));
				}
			}
			List<Element> cells = children(rule, "inputEntry");
			for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
				String column = columns.get(c);
				String cell = text(cells.get(c));
				Optional<Fact> fact = Fact.named(column);
				String wrong = fact.isPresent() ? wrong(fact.get(), cell)
						: indicatorCodes.contains(column) ? indicatorResult(cell) : null;
				if (wrong != null) {
					problems.add(new RuleProblem(file, table, row, "column '" + column + "'" + described(column) + ": '" + cell + "' " + wrong));
				}
			}
		}
	}

	/** What is wrong with a cell in a fact's column, or null. */
	static String wrong(Fact fact, String cell) {
		if (cell.isEmpty() || cell.equals("-")) {
			return null;
		}
		if (fact.type() == Fact.Type.NUMBER) {
			var thousands = THOUSANDS.matcher(outsideQuotes(cell));
			if (thousands.find()) {
				String written = thousands.group();
				return "writes a number with a thousands separator: write " + written.replace(",", "") + ", not " + written
						+ " (a comma separates the values of a list)";
			}
		}
		for (String value : values(cell)) {
			Literal literal = literal(value);
			if (literal == Literal.NULL || literal == Literal.OTHER) {
				continue; // null is every column's "no answer"; other shapes are the shape check's to refuse
			}
			String problem = switch (fact.type()) {
				case NUMBER -> literal == Literal.NUMBER ? null : kind(literal) + " where a number belongs";
				case YES_NO -> literal == Literal.YES_NO ? null
						: kind(literal) + " where yes or no belongs: write true or false";
				case DATE -> literal == Literal.DATE ? null
						: kind(literal) + " where a date belongs: write date(\"2024-01-31\")";
				case CHOICE -> choice(fact, value, literal);
			};
			if (problem != null) {
				return "holds " + problem;
			}
		}
		return null;
	}

	private static String choice(Fact fact, String value, Literal literal) {
		if (literal != Literal.TEXT) {
			return kind(literal) + " where one of " + String.join(", ", fact.choices()) + " belongs, in quotes";
		}
		String unquoted = value.substring(1, value.length() - 1);
		return fact.choices().contains(unquoted) ? null
				: "\"" + unquoted + "\", which is not one of " + String.join(", ", fact.choices());
	}

	private static String indicatorResult(String cell) {
		if (cell.isEmpty() || cell.equals("-")) {
			return null;
		}
		for (String value : values(cell)) {
			Literal literal = literal(value);
			if (literal == Literal.NULL || literal == Literal.OTHER) {
				continue;
			}
			if (literal != Literal.TEXT || !INDICATOR_RESULTS.contains(value.substring(1, value.length() - 1))) {
				return "holds " + kind(literal) + " where an indicator result belongs: \"PASS\", \"FAIL\" or \"NOT_APPLICABLE\"";
			}
		}
		return null;
	}

	private static String described(String column) {
		return Fact.named(column).map(f -> {
			String label;
			try {
				label = f.label(Locale.ENGLISH);
			}
			catch (java.util.MissingResourceException e) {
				label = column;
			}
			return " (" + label + ", " + f.type().words() + (f.unit() == null ? "" : " in " + f.unit()) + ")";
		}).orElse(" (an indicator result)");
	}

	private static String kind(Literal literal) {
		return switch (literal) {
			case NUMBER -> "a number";
			case YES_NO -> "yes/no (true or false)";
			case DATE -> "a date";
			case TEXT -> "a text";
			default -> "a value";
		};
	}

	/** The values a cell compares with: the items of its list, each range's two ends, without operators or not(...). */
	static List<String> values(String cell) {
		String body = cell.trim();
		if (body.startsWith("not(") && body.endsWith(")")) {
			body = body.substring(4, body.length() - 1);
		}
		List<String> values = new ArrayList<>();
		for (String item : FeelLists.items(body)) {
			String value = COMPARISON.matcher(item.trim()).replaceFirst("").trim();
			if ((value.startsWith("[") || value.startsWith("(") || value.startsWith("]")) && value.contains("..")) {
				String inner = value.substring(1, value.length() - 1);
				int dots = inner.indexOf("..");
				values.add(inner.substring(0, dots).trim());
				values.add(inner.substring(dots + 2).trim());
			}
			else {
				values.add(value);
			}
		}
		return values;
	}

	private static Literal literal(String value) {
		if (value.equals("null")) {
			return Literal.NULL;
		}
		if (value.equals("true") || value.equals("false")) {
			return Literal.YES_NO;
		}
		if (NUMBER.matcher(value).matches()) {
			return Literal.NUMBER;
		}
		if (DATE.matcher(value).matches()) {
			return Literal.DATE;
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") && value.indexOf('"', 1) == value.length() - 1) {
			return Literal.TEXT;
		}
		return Literal.OTHER;
	}

	private static String outsideQuotes(String text) {
		return text.replaceAll("\"[^\"]*\"", "\"\"");
	}

	private static String text(Element element) {
		return children(element, "text").stream().findFirst().map(Node::getTextContent).orElse("").trim();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

}
