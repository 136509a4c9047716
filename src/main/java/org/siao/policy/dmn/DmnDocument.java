package org.siao.policy.dmn;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A DMN file opened for editing as an XML tree. Only the cells, rows and annotations asked for
 * change; every other element, attribute, id, comment and the whitespace between elements is
 * written back as it was, so a grid edit changes the lines it must and no other. A file uploaded
 * from a DMN editor goes through the same writer ({@link #normalise}), so the grid and an upload of
 * the same content give the same bytes.
 */
public final class DmnDocument {

	private static final Pattern PROLOG = Pattern.compile("^\\s*(<\\?xml[^>]*\\?>\\s*)");

	private final Document document;

	private final String prolog;

	private DmnDocument(Document document, String prolog) {
		this.document = document;
		this.prolog = prolog;
	}

	/** Reads a DMN file; {@link InvalidDmn} when it is not well-formed XML with decision tables. */
	public static DmnDocument parse(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// a rules file never needs a DTD; refusing one keeps external entities out
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			Document document = builder.parse(new ByteArrayInputStream(bytes));
			if (!"definitions".equals(document.getDocumentElement().getLocalName())) {
				throw new InvalidDmn("policy.dmn.notDmn");
			}
			String text = new String(bytes, StandardCharsets.UTF_8);
			AttributeOrder.pin(document, text);
			Matcher prolog = PROLOG.matcher(text);
			return new DmnDocument(document, prolog.find() ? prolog.group(1) : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		}
		catch (InvalidDmn e) {
			throw e;
		}
		catch (Exception e) {
			throw new InvalidDmn("policy.dmn.notXml");
		}
	}

	/** The same content as this writer writes it: what a grid edit of the file would give. */
	public static byte[] normalise(byte[] bytes) {
		return parse(bytes).bytes();
	}

	public List<DmnTable> tables() {
		List<DmnTable> tables = new ArrayList<>();
		for (Element decision : children(document.getDocumentElement(), "decision")) {
			Element table = child(decision, "decisionTable");
			if (table != null) {
				tables.add(view(decision, table));
			}
		}
		return tables;
	}

	public Optional<DmnTable> table(String name) {
		return tables().stream().filter(t -> t.name().equals(name)).findFirst();
	}

	/** Sets one cell: {@code column} counts the inputs, then the outputs, then the annotations. */
	public void setCell(String table, String rowId, int column, String text) {
		Element cell = cells(row(table, rowId)).get(column);
		Element textElement = child(cell, "text");
		if (textElement == null) {
			textElement = document.createElementNS(cell.getNamespaceURI(), prefixed(cell, "text"));
			cell.appendChild(textElement);
		}
		textElement.setTextContent(text);
	}

	/** A copy of the row just below it, with new ids; answers the new row's id. */
	public String copyRow(String table, String rowId) {
		Element row = row(table, rowId);
		Element copy = (Element) row.cloneNode(true);
		String newId = freshRowId(decisionTable(table), rowId);
		renameIds(copy, rowId, newId);
		Node after = row.getNextSibling();
		Node gap = row.getPreviousSibling();
		// the copy gets the same indentation as the row it copies
		if (gap != null && gap.getNodeType() == Node.TEXT_NODE && gap.getTextContent().isBlank()) {
			row.getParentNode().insertBefore(document.createTextNode(gap.getTextContent()), after);
		}
		row.getParentNode().insertBefore(copy, after);
		return newId;
	}

	public void removeRow(String table, String rowId) {
		Element row = row(table, rowId);
		Node gap = row.getPreviousSibling();
		if (gap != null && gap.getNodeType() == Node.TEXT_NODE && gap.getTextContent().isBlank()) {
			gap.getParentNode().removeChild(gap);
		}
		row.getParentNode().removeChild(row);
	}

	/** Moves a row one place up ({@code up}) or down, with its indentation; at either end nothing changes. */
	public void moveRow(String table, String rowId, boolean up) {
		Element row = row(table, rowId);
		List<Element> rows = children(decisionTable(table), "rule");
		int at = rows.indexOf(row);
		if (up && at > 0) {
			moveBefore(row, rows.get(at - 1));
		}
		else if (!up && at < rows.size() - 1) {
			moveBefore(rows.get(at + 1), row);
		}
	}

	/** Moves {@code row} and the whitespace before it to just before {@code target}'s whitespace. */
	private static void moveBefore(Element row, Element target) {
		Node parent = row.getParentNode();
		Node gap = blankBefore(row);
		Node anchor = blankBefore(target) == null ? target : blankBefore(target);
		if (gap != null) {
			parent.insertBefore(gap, anchor);
		}
		parent.insertBefore(row, anchor);
	}

	private static Node blankBefore(Element element) {
		Node gap = element.getPreviousSibling();
		return gap != null && gap.getNodeType() == Node.TEXT_NODE && gap.getTextContent().isBlank() ? gap : null;
	}

	/**
	 * A threshold split by date, as one edit: every row still open at {@code from} (its date cell
	 * has no upper end) is closed the day before {@code from}, and a copy of it, open from
	 * {@code from}, carries {@code value} in place of the figure of the value column. Answers the
	 * ids of the new rows; none when no row of the table is open at that date.
	 */
	public List<String> changeFrom(String table, int dateColumn, int valueColumn, LocalDate from, BigDecimal value,
			String source) {
		List<String> added = new ArrayList<>();
		Element last = null;
		for (DmnTable.Row row : table(table).orElseThrow(() -> new InvalidDmn("policy.dmn.noTable")).rows()) {
			Optional<LocalDate> start = DateCells.openFrom(row.cells().get(dateColumn));
			if (start.isEmpty() || !start.get().isBefore(from)) {
				continue;
			}
			String valueText = row.cells().get(valueColumn);
			if (!DateCells.hasFigure(valueText)) {
				continue;
			}
			setCell(table, row.id(), dateColumn, DateCells.between(start.get(), from));
			String copy = copyRowAtEnd(table, row.id(), last);
			last = row(table, copy);
			setCell(table, copy, dateColumn, DateCells.from(from));
			setCell(table, copy, valueColumn, DateCells.withFigure(valueText, value));
			DmnTable view = table(table).orElseThrow();
			if (source != null && !source.isBlank() && view.annotations().size() > 0) {
				setCell(table, copy, view.inputs().size() + view.outputs().size(), source);
			}
			added.add(copy);
		}
		return added;
	}

	private String copyRowAtEnd(String table, String rowId, Element after) {
		Element row = row(table, rowId);
		Element decisionTable = decisionTable(table);
		List<Element> rows = children(decisionTable, "rule");
		Element anchor = after == null ? rows.get(rows.size() - 1) : after;
		Element copy = (Element) row.cloneNode(true);
		String newId = freshRowId(decisionTable, rowId);
		renameIds(copy, rowId, newId);
		Node gap = anchor.getPreviousSibling();
		Node next = anchor.getNextSibling();
		if (gap != null && gap.getNodeType() == Node.TEXT_NODE && gap.getTextContent().isBlank()) {
			decisionTable.insertBefore(document.createTextNode(gap.getTextContent()), next);
		}
		decisionTable.insertBefore(copy, next);
		return newId;
	}

	public byte[] bytes() {
		StringBuilder out = new StringBuilder(prolog);
		XmlWriter.write(document.getDocumentElement(), out);
		out.append('\n');
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private DmnTable view(Element decision, Element table) {
		List<DmnTable.Column> inputs = new ArrayList<>();
		for (Element input : children(table, "input")) {
			Element expression = child(input, "inputExpression");
			String label = input.getAttribute("label");
			if (label.isEmpty() && expression != null) {
				label = text(expression);
			}
			inputs.add(new DmnTable.Column(label, expression == null ? "" : expression.getAttribute("typeRef")));
		}
		List<DmnTable.Column> outputs = new ArrayList<>();
		for (Element output : children(table, "output")) {
			String name = output.getAttribute("name");
			String type = output.getAttribute("typeRef");
			Element variable = child(decision, "variable");
			if (type.isEmpty() && variable != null) {
				type = variable.getAttribute("typeRef");
			}
			outputs.add(new DmnTable.Column(name.isEmpty() ? decision.getAttribute("name") : name, type));
		}
		List<String> annotations = children(table, "annotation").stream().map(a -> a.getAttribute("name")).toList();
		List<DmnTable.Row> rows = new ArrayList<>();
		int number = 1;
		for (Element rule : children(table, "rule")) {
			List<String> cells = new ArrayList<>();
			for (Element cell : cells(rule)) {
				cells.add(text(cell));
			}
			while (cells.size() < inputs.size() + outputs.size() + annotations.size()) {
				cells.add("");
			}
			rows.add(new DmnTable.Row(number++, rule.getAttribute("id"), cells));
		}
		Element description = child(decision, "description");
		String policy = table.getAttribute("hitPolicy");
		String aggregation = table.getAttribute("aggregation");
		return new DmnTable(decision.getAttribute("name"), description == null ? "" : description.getTextContent().trim(),
				(policy.isEmpty() ? "UNIQUE" : policy) + (aggregation.isEmpty() ? "" : " " + aggregation), inputs, outputs,
				annotations, rows);
	}

	private Element decisionTable(String name) {
		for (Element decision : children(document.getDocumentElement(), "decision")) {
			if (decision.getAttribute("name").equals(name)) {
				Element table = child(decision, "decisionTable");
				if (table != null) {
					return table;
				}
			}
		}
		throw new InvalidDmn("policy.dmn.noTable");
	}

	private Element row(String table, String rowId) {
		for (Element rule : children(decisionTable(table), "rule")) {
			if (rule.getAttribute("id").equals(rowId)) {
				return rule;
			}
		}
		throw new InvalidDmn("policy.dmn.noRow");
	}

	private static List<Element> cells(Element rule) {
		List<Element> cells = new ArrayList<>(children(rule, "inputEntry"));
		cells.addAll(children(rule, "outputEntry"));
		cells.addAll(children(rule, "annotationEntry"));
		return cells;
	}

	private String freshRowId(Element table, String rowId) {
		Set<String> taken = new HashSet<>();
		NodeList all = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			taken.add(((Element) all.item(i)).getAttribute("id"));
		}
		String base = rowId.replaceFirst("_?r?\\d+$", "");
		String tableId = table.getAttribute("id");
		if (base.isEmpty()) {
			base = tableId.isEmpty() ? "row" : tableId;
		}
		String separator = rowId.matches(".*_r\\d+$") ? "_r" : "_";
		for (int n = children(table, "rule").size() + 1;; n++) {
			String candidate = base + separator + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	private static void renameIds(Element element, String from, String to) {
		element.setUserData(AttributeOrder.KEY, List.of("id"), null);
		if (element.hasAttribute("id")) {
			String id = element.getAttribute("id");
			element.setAttribute("id", id.startsWith(from) ? to + id.substring(from.length()) : to + "_" + id);
		}
		for (Element child : children(element, null)) {
			renameIds(child, from, to);
		}
	}

	private static String prefixed(Element sibling, String local) {
		String prefix = sibling.getPrefix();
		return prefix == null ? local : prefix + ":" + local;
	}

	private static String text(Element element) {
		Element text = child(element, "text");
		return text == null ? "" : text.getTextContent();
	}

	static List<Element> children(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
				found.add(e);
			}
		}
		return found;
	}

	private static Element child(Element parent, String localName) {
		List<Element> found = children(parent, localName);
		return found.isEmpty() ? null : found.get(0);
	}

	/** The file cannot be read as DMN; {@code key} names the words in i18n/policy. */
	public static final class InvalidDmn extends RuntimeException {

		private final String key;

		public InvalidDmn(String key) {
			super(key);
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

}
