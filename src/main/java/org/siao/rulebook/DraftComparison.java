package org.siao.rulebook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.CatalogueReader;
import org.siao.catalogue.Programme;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A draft compared with the release it was made from, on the tables as written: which tables it
 * touches (so warnings are given for those only), and where it changed a threshold or an amount
 * while the words beside it (the row's source, the programme's benefit) still name the old figure.
 */
final class DraftComparison {

	/** A figure as people write it: 36000, 36,000, 1.5. Dates inside date("...") are not figures. */
	private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d.,])\\d+(?:\\.\\d+)?(?![\\d,])");

	private static final Pattern DATE = Pattern.compile("date\\(\\s*\"[^\"]*\"\\s*\\)");

	/** One row as written: its cells, its output and its source text. */
	record RowText(String id, int number, List<String> cells, String output, String source) {
	}

	private final Map<String, Map<String, List<RowText>>> draft;

	private final Map<String, Map<String, List<RowText>>> parent;

	DraftComparison(RulesFolder draft, RulesFolder parent) {
		this.draft = tables(draft);
		this.parent = tables(parent);
	}

	/** "file#table" of every table the draft adds or changes. */
	Set<String> touched() {
		Set<String> touched = new LinkedHashSet<>();
		draft.forEach((file, tables) -> tables.forEach((table, rows) -> {
			List<RowText> before = parent.getOrDefault(file, Map.of()).get(table);
			if (!rows.equals(before)) {
				touched.add(file + "#" + table);
			}
		}));
		return touched;
	}

	/**
	 * Rows whose threshold or amount changed while their source text still names the figure they
	 * had, and programmes whose amount changed while the catalogue's benefit text still names the old one.
	 */
	List<RuleProblem> staleFigures(Catalogue draftCatalogue) {
		List<RuleProblem> warnings = new ArrayList<>();
		draft.forEach((file, tables) -> tables.forEach((table, rows) -> {
			List<RowText> before = parent.getOrDefault(file, Map.of()).get(table);
			if (before == null || rows.equals(before)) {
				return;
			}
			Set<String> oldAmounts = new LinkedHashSet<>();
			Set<String> newAmounts = new LinkedHashSet<>();
			for (RowText row : rows) {
				newAmounts.addAll(figures(row.output()));
				RowText old = counterpart(row, before);
				if (old == null) {
					continue;
				}
				oldAmounts.addAll(figures(old.output()));
				Set<String> gone = rowFigures(old);
				gone.removeAll(rowFigures(row));
				Set<String> stillSaid = figures(row.source());
				stillSaid.retainAll(gone);
				if (!stillSaid.isEmpty()) {
					Set<String> added = rowFigures(row);
					added.removeAll(rowFigures(old));
					warnings.add(new RuleProblem(file, table, row.number(), "the row changed " + String.join(", ", stillSaid)
							+ (added.isEmpty() ? "" : " to " + String.join(", ", added))
							+ " but its source still says " + String.join(", ", stillSaid)
							+ ": update the source text, or cite the document that gives the new figure"));
				}
			}
			oldAmounts.removeAll(newAmounts);
			Programme programme = draftCatalogue == null ? null : draftCatalogue.programmes().get(table);
			if (programme != null && !oldAmounts.isEmpty() && programme.benefit() != null) {
				Set<String> said = figures(programme.benefit().th() + " " + programme.benefit().en());
				said.retainAll(oldAmounts);
				if (!said.isEmpty()) {
					warnings.add(new RuleProblem(CatalogueReader.PROGRAMMES, table, null, "the table no longer pays "
							+ String.join(", ", said) + " but the benefit text still says it: update the benefit (th and en)"));
				}
			}
		}));
		return warnings;
	}

	/** The same row in the parent: by its id, else by its place. */
	private static RowText counterpart(RowText row, List<RowText> before) {
		for (RowText old : before) {
			if (row.id() != null && !row.id().isEmpty() && row.id().equals(old.id())) {
				return old;
			}
		}
		return row.number() <= before.size() ? before.get(row.number() - 1) : null;
	}

	private static Set<String> rowFigures(RowText row) {
		Set<String> all = new LinkedHashSet<>();
		row.cells().forEach(c -> all.addAll(figures(c)));
		all.addAll(figures(row.output()));
		return all;
	}

	/** The figures a text names, written without separators or trailing zeros. */
	static Set<String> figures(String text) {
		Set<String> found = new LinkedHashSet<>();
		if (text == null) {
			return found;
		}
		Matcher m = FIGURE.matcher(DATE.matcher(text).replaceAll(" "));
		while (m.find()) {
			found.add(new java.math.BigDecimal(m.group().replace(",", "")).stripTrailingZeros().toPlainString());
		}
		return found;
	}

	private static Map<String, Map<String, List<RowText>>> tables(RulesFolder folder) {
		Map<String, Map<String, List<RowText>>> files = new LinkedHashMap<>();
		folder.files().forEach((file, xml) -> {
			if (file.endsWith(".dmn")) {
				files.put(file, tables(xml));
			}
		});
		return files;
	}

	private static Map<String, List<RowText>> tables(byte[] xml) {
		Map<String, List<RowText>> tables = new LinkedHashMap<>();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
			NodeList decisions = root.getElementsByTagNameNS("*", "decision");
			for (int d = 0; d < decisions.getLength(); d++) {
				Element decision = (Element) decisions.item(d);
				List<RowText> rows = new ArrayList<>();
				NodeList rules = decision.getElementsByTagNameNS("*", "rule");
				for (int r = 0; r < rules.getLength(); r++) {
					Element rule = (Element) rules.item(r);
					rows.add(new RowText(rule.getAttribute("id"), r + 1, texts(rule, "inputEntry"),
							texts(rule, "outputEntry").stream().findFirst().orElse(""),
							texts(rule, "annotationEntry").stream().findFirst().orElse("")));
				}
				tables.put(decision.getAttribute("name"), rows);
			}
		}
		catch (Exception e) {
			// an unreadable file is reported by the load itself; here it only touches nothing
		}
		return tables;
	}

	private static List<String> texts(Element rule, String name) {
		List<String> texts = new ArrayList<>();
		for (Node n = rule.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())) {
				NodeList text = e.getElementsByTagNameNS("*", "text");
				texts.add(text.getLength() == 0 ? "" : Objects.toString(text.item(0).getTextContent(), "").trim());
			}
		}
		return texts;
	}

}
