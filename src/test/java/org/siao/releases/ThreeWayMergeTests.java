package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebase and diff on the repository's own tables and catalogue, changed here the way staff change them. */
class ThreeWayMergeTests {

	private final Bundle base = Bundle.of(CrashSafetyTests.folder(Path.of("rules")), Map.of());

	/** A table file whose first table has two rows or more, whichever the rules hold. */
	private final String tableFile = base.files().keySet().stream().filter(p -> p.endsWith(".dmn"))
		.filter(p -> DmnText.tables(base.text(p)).values().iterator().next().rows().size() >= 2).findFirst().orElseThrow();

	private final String catalogueFile = base.files().keySet().stream().filter(CatalogueText::isCatalogue)
		.filter(p -> CatalogueText.entries(base.text(p)).size() >= 2).findFirst().orElseThrow();

	private Bundle edit(Bundle from, String path, java.util.function.UnaryOperator<String> change) {
		Map<String, byte[]> files = new TreeMap<>(from.files());
		String before = from.text(path);
		String after = change.apply(before);
		assertThat(after).as("the edit changes " + path).isNotEqualTo(before);
		files.put(path, after.getBytes(StandardCharsets.UTF_8));
		return Bundle.of(files);
	}

	/** The n-th row's first cell of a table, as the file has it: what a test may change without pinning a value. */
	private String row(Bundle bundle, String table, int n) {
		return DmnText.tables(bundle.text(tableFile)).get(table).rows().values().stream().skip(n - 1).findFirst().orElseThrow().text();
	}

	private String firstTable() {
		return DmnText.tables(base.text(tableFile)).keySet().iterator().next();
	}

	@Test
	void rowsChangedOnEachSideAreBothKept() {
		String table = firstTable();
		String one = row(base, table, 1);
		String two = row(base, table, 2);
		Bundle ours = edit(base, tableFile, t -> t.replace(one, one.replace("</outputEntry>", "</outputEntry><!-- ours -->")));
		Bundle theirs = edit(base, tableFile, t -> t.replace(two, two.replace("</outputEntry>", "</outputEntry><!-- theirs -->")));
		ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, ours, theirs);
		assertThat(merged.conflicts()).isEmpty();
		String text = new String(merged.files().get(tableFile), StandardCharsets.UTF_8);
		assertThat(text).contains("<!-- ours -->").contains("<!-- theirs -->");
		assertThat(DmnText.layout(text)).isEqualTo(DmnText.layout(base.text(tableFile)));
	}

	@Test
	void theSameRowChangedOnBothSidesIsAConflictAtItsTableAndRow() {
		String table = firstTable();
		String two = row(base, table, 2);
		Bundle ours = edit(base, tableFile, t -> t.replace(two, two.replace("</outputEntry>", "</outputEntry><!-- ours -->")));
		Bundle theirs = edit(base, tableFile, t -> t.replace(two, two.replace("</outputEntry>", "</outputEntry><!-- theirs -->")));
		List<Conflict> conflicts = ThreeWayMerge.merge(base, ours, theirs).conflicts();
		assertThat(conflicts).singleElement().satisfies(c -> {
			assertThat(c.file()).isEqualTo(tableFile);
			assertThat(c.table()).isEqualTo(table);
			assertThat(c.row()).isEqualTo(2);
		});
	}

	@Test
	void aRowAddedInTheDraftLandsAfterTheRowBeforeIt() {
		String table = firstTable();
		String one = row(base, table, 1);
		String added = one.replaceAll("id=\"([^\"]*)\"", "id=\"$1-added\"");
		Bundle ours = edit(base, tableFile, t -> t.replace(one, one + added));
		Bundle theirs = edit(base, tableFile, t -> t.replace(row(base, table, 2), row(base, table, 2) + "<!-- theirs -->"));
		ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, ours, theirs);
		assertThat(merged.conflicts()).isEmpty();
		DmnText.Table result = DmnText.tables(new String(merged.files().get(tableFile), StandardCharsets.UTF_8)).get(table);
		assertThat(result.ids().get(1)).endsWith("-added");
		assertThat(result.rows()).hasSize(DmnText.tables(base.text(tableFile)).get(table).rows().size() + 1);
	}

	@Test
	void catalogueEntriesMergeOneByOneAndTheSameEntryOnBothSidesConflicts() throws Exception {
		List<String> codes = List.copyOf(CatalogueText.entries(base.text(catalogueFile)).keySet());
		Bundle ours = edit(base, catalogueFile, t -> t.replace(CatalogueText.entries(t).get(codes.get(0)),
				CatalogueText.entries(t).get(codes.get(0)) + "  # ours\n"));
		Bundle theirs = edit(base, catalogueFile, t -> t.replace(CatalogueText.entries(t).get(codes.get(1)),
				CatalogueText.entries(t).get(codes.get(1)) + "  # theirs\n"));
		ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, ours, theirs);
		assertThat(merged.conflicts()).isEmpty();
		assertThat(new String(merged.files().get(catalogueFile), StandardCharsets.UTF_8)).contains("# ours").contains("# theirs");

		Bundle both = edit(base, catalogueFile, t -> t.replace(CatalogueText.entries(t).get(codes.get(0)),
				CatalogueText.entries(t).get(codes.get(0)) + "  # also theirs\n"));
		assertThat(ThreeWayMerge.merge(base, ours, both).conflicts()).singleElement()
			.satisfies(c -> assertThat(c.entry()).isEqualTo(codes.get(0)));
	}

	@Test
	void theDiffNamesTheTableRowColumnAndBothValues() {
		String table = firstTable();
		DmnText.Row first = DmnText.tables(base.text(tableFile)).get(table).rows().values().iterator().next();
		String cell = first.cells().get(0);
		Bundle changed = edit(base, tableFile, t -> t.replace(first.text(),
				first.text().replaceFirst("<text>" + java.util.regex.Pattern.quote(escape(cell)) + "</text>",
						java.util.regex.Matcher.quoteReplacement("<text>" + escape(cell) + "x</text>"))));
		List<RowChange> changes = RowDiff.between(base, changed);
		assertThat(changes).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(RowChange.Kind.CELL_CHANGED);
			assertThat(c.table()).isEqualTo(table);
			assertThat(c.row()).isEqualTo(1);
			assertThat(c.column()).isEqualTo(DmnText.tables(base.text(tableFile)).get(table).columns().get(0));
			assertThat(c.oldValue()).isEqualTo(cell);
			assertThat(c.newValue()).isEqualTo(cell + "x");
		});
	}

	@Test
	void aCatalogueFieldChangeIsShownByEntryAndField() {
		// an entry's field as the file writes it ("  field: value" on a line of its own)
		var entries = CatalogueText.entries(base.text(catalogueFile));
		String code = entries.keySet().stream().filter(k -> entries.get(k).matches("(?s).*\\n  [a-zA-Z]+: [^{\\[\\n]+\\n.*"))
			.findFirst().orElseThrow();
		java.util.regex.Matcher field = java.util.regex.Pattern.compile("\\n  ([a-zA-Z]+): ([^{\\[\\n]+)\\n").matcher(entries.get(code));
		assertThat(field.find()).isTrue();
		Bundle changed = edit(base, catalogueFile, t -> t.replace(entries.get(code),
				entries.get(code).replace(field.group(), "\n  " + field.group(1) + ": changed-here\n")));
		assertThat(RowDiff.between(base, changed)).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(RowChange.Kind.FIELD_CHANGED);
			assertThat(c.entry()).isEqualTo(code);
			assertThat(c.column()).isEqualTo(field.group(1));
			assertThat(c.newValue()).isEqualTo("changed-here");
		});
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
