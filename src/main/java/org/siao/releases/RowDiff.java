package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.siao.releases.RowChange.Kind;

/**
 * What changed between two releases, as policy staff think of it: cells of decision-table rows
 * (rows matched by their DMN rule id, so a moved row is no change), rows added and removed, and
 * fields of catalogue entries; any other file as a whole.
 */
public final class RowDiff {

	private static final ObjectMapper YAML = YAMLMapper.builder().build();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private RowDiff() {
	}

	public static List<RowChange> between(Bundle from, Bundle to) {
		List<RowChange> changes = new ArrayList<>();
		TreeSet<String> paths = new TreeSet<>(from.files().keySet());
		paths.addAll(to.files().keySet());
		for (String path : paths) {
			byte[] before = from.files().get(path);
			byte[] after = to.files().get(path);
			if (Arrays.equals(before, after)) {
				continue;
			}
			if (before == null) {
				changes.add(file(Kind.FILE_ADDED, path));
			}
			else if (after == null) {
				changes.add(file(Kind.FILE_REMOVED, path));
			}
			else {
				changes.addAll(changed(path, text(before), text(after)));
			}
		}
		return changes;
	}

	static List<RowChange> changed(String path, String before, String after) {
		List<RowChange> changes = new ArrayList<>();
		if (path.endsWith(".dmn")) {
			tables(path, before, after, changes);
		}
		else if (CatalogueText.isCatalogue(path)) {
			catalogue(path, before, after, changes);
		}
		if (changes.isEmpty()) {
			changes.add(file(Kind.FILE_CHANGED, path));
		}
		return changes;
	}

	private static void tables(String file, String before, String after, List<RowChange> changes) {
		Map<String, DmnText.Table> old = DmnText.tables(before);
		Map<String, DmnText.Table> now = DmnText.tables(after);
		old.keySet().stream().filter(t -> !now.containsKey(t))
			.forEach(t -> changes.add(new RowChange(Kind.TABLE_REMOVED, file, t, null, null, null, null, null, null)));
		for (DmnText.Table table : now.values()) {
			DmnText.Table was = old.get(table.name());
			if (was == null) {
				changes.add(new RowChange(Kind.TABLE_ADDED, file, table.name(), null, null, null, null, null,
						table.rows().size() + " rows"));
				continue;
			}
			if (!was.hitPolicy().equals(table.hitPolicy())) {
				changes.add(new RowChange(Kind.TABLE_CHANGED, file, table.name(), null, null, null, "hitPolicy",
						was.hitPolicy(), table.hitPolicy()));
			}
			if (!was.columns().equals(table.columns())) {
				changes.add(new RowChange(Kind.TABLE_CHANGED, file, table.name(), null, null, null, "columns",
						String.join(" | ", was.columns()), String.join(" | ", table.columns())));
			}
			for (DmnText.Row row : was.rows().values()) {
				if (!table.rows().containsKey(row.id())) {
					changes.add(new RowChange(Kind.ROW_REMOVED, file, table.name(), was.number(row.id()), row.id(), null,
							null, String.join(" | ", row.cells()), null));
				}
			}
			for (DmnText.Row row : table.rows().values()) {
				DmnText.Row old1 = was.rows().get(row.id());
				int number = table.number(row.id());
				if (old1 == null) {
					changes.add(new RowChange(Kind.ROW_ADDED, file, table.name(), number, row.id(), null, null, null,
							String.join(" | ", row.cells())));
					continue;
				}
				for (int c = 0; c < Math.max(row.cells().size(), old1.cells().size()); c++) {
					String a = c < old1.cells().size() ? old1.cells().get(c) : null;
					String b = c < row.cells().size() ? row.cells().get(c) : null;
					if (!Objects.equals(a, b)) {
						String column = c < table.columns().size() ? table.columns().get(c) : "column " + (c + 1);
						changes.add(new RowChange(Kind.CELL_CHANGED, file, table.name(), number, row.id(), null, column, a, b));
					}
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void catalogue(String file, String before, String after, List<RowChange> changes) {
		Map<String, Object> old;
		Map<String, Object> now;
		try {
			old = orEmpty(YAML.readValue(before, LinkedHashMap.class));
			now = orEmpty(YAML.readValue(after, LinkedHashMap.class));
		}
		catch (JacksonException e) {
			return; // not readable as YAML (the checks say why): shown as a changed file
		}
		old.keySet().stream().filter(k -> !now.containsKey(k))
			.forEach(k -> changes.add(new RowChange(Kind.ENTRY_REMOVED, file, file, null, null, k, null, null, null)));
		for (Map.Entry<String, Object> entry : now.entrySet()) {
			Object was = old.get(entry.getKey());
			if (was == null) {
				changes.add(new RowChange(Kind.ENTRY_ADDED, file, file, null, null, entry.getKey(), null, null, null));
			}
			else if (was instanceof Map<?, ?> a && entry.getValue() instanceof Map<?, ?> b) {
				TreeSet<String> fields = new TreeSet<>();
				a.keySet().forEach(k -> fields.add(String.valueOf(k)));
				b.keySet().forEach(k -> fields.add(String.valueOf(k)));
				for (String field : fields) {
					String x = render(a.get(field));
					String y = render(b.get(field));
					if (!Objects.equals(x, y)) {
						changes.add(new RowChange(Kind.FIELD_CHANGED, file, file, null, null, entry.getKey(), field, x, y));
					}
				}
			}
			else if (!Objects.equals(render(was), render(entry.getValue()))) {
				changes.add(new RowChange(Kind.FIELD_CHANGED, file, file, null, null, entry.getKey(), null, render(was),
						render(entry.getValue())));
			}
		}
	}

	private static Map<String, Object> orEmpty(Map<String, Object> map) {
		return map == null ? Map.of() : map;
	}

	private static String render(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String s ? s : JSON.writeValueAsString(value);
	}

	private static RowChange file(Kind kind, String path) {
		return new RowChange(kind, path, null, null, null, null, null, null, null);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
