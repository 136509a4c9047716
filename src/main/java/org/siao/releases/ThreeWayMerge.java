package org.siao.releases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replays a draft's edits (its parent {@code base} → {@code ours}) on the live release
 * ({@code theirs}), file by file. A file changed on one side only takes that side. Changed on
 * both: a decision-table file is merged row by row (by DMN rule id), a catalogue file entry by
 * entry (by code); the same row or entry changed differently on both sides is a conflict, as is
 * any other file changed differently on both.
 */
public final class ThreeWayMerge {

	private ThreeWayMerge() {
	}

	public record Result(Map<String, byte[]> files, List<Conflict> conflicts) {
	}

	public static Result merge(Bundle base, Bundle ours, Bundle theirs) {
		Map<String, byte[]> out = new TreeMap<>();
		List<Conflict> conflicts = new ArrayList<>();
		TreeSet<String> paths = new TreeSet<>(base.files().keySet());
		paths.addAll(ours.files().keySet());
		paths.addAll(theirs.files().keySet());
		for (String path : paths) {
			byte[] b = base.files().get(path);
			byte[] o = ours.files().get(path);
			byte[] t = theirs.files().get(path);
			byte[] merged;
			if (Arrays.equals(o, b) || Arrays.equals(o, t)) {
				merged = t;
			}
			else if (Arrays.equals(t, b)) {
				merged = o;
			}
			else if (b != null && o != null && t != null && path.endsWith(".dmn")) {
				merged = bytes(dmn(path, text(b), text(o), text(t), conflicts));
			}
			else if (b != null && o != null && t != null && CatalogueText.isCatalogue(path)) {
				merged = bytes(catalogue(path, text(b), text(o), text(t), conflicts));
			}
			else {
				conflicts.add(new Conflict(path, null, null, null, null,
						o == null || t == null ? "removed on one side, changed on the other" : "changed on both sides"));
				merged = o;
			}
			if (merged != null) {
				out.put(path, merged);
			}
		}
		return new Result(out, conflicts);
	}

	private static String dmn(String path, String base, String ours, String theirs, List<Conflict> conflicts) {
		String layout = DmnText.layout(base);
		boolean oursLayout = !DmnText.layout(ours).equals(layout);
		boolean theirsLayout = !DmnText.layout(theirs).equals(layout);
		if (oursLayout && theirsLayout && !DmnText.layout(ours).equals(DmnText.layout(theirs))) {
			conflicts.add(new Conflict(path, null, null, null, null, "the tables' columns or layout changed on both sides"));
			return ours;
		}
		// rows go back into the file whose layout is the newer one
		String host = oursLayout ? ours : theirs;
		Map<String, DmnText.Table> hostTables = DmnText.tables(host);
		Map<String, DmnText.Table> baseTables = DmnText.tables(base);
		Map<String, DmnText.Table> ourTables = DmnText.tables(ours);
		Map<String, DmnText.Table> theirTables = DmnText.tables(theirs);
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (DmnText.Table table : hostTables.values()) {
			Map<String, String> b = rows(baseTables.get(table.name()));
			Map<String, String> o = rows(ourTables.get(table.name()));
			Map<String, String> t = rows(theirTables.get(table.name()));
			DmnText.Table ourTable = ourTables.get(table.name());
			Map<String, String> merged = keyed(b, oursLayout ? o : t, oursLayout ? t : o, !oursLayout,
					id -> conflicts.add(new Conflict(path, table.name(), ourTable == null ? null : nullIfZero(ourTable.number(id)),
							id, null, "row changed in the draft and in the live rules")));
			out.append(host, at, table.rowsStart());
			merged.values().forEach(out::append);
			at = table.rowsEnd();
		}
		return out.append(host.substring(at)).toString();
	}

	private static String catalogue(String path, String base, String ours, String theirs, List<Conflict> conflicts) {
		String header = CatalogueText.header(base);
		String ourHeader = CatalogueText.header(ours);
		String theirHeader = CatalogueText.header(theirs);
		if (!ourHeader.equals(header) && !theirHeader.equals(header) && !ourHeader.equals(theirHeader)) {
			conflicts.add(new Conflict(path, path, null, null, null, "the comments at the top changed on both sides"));
		}
		Map<String, String> merged = keyed(CatalogueText.entries(base), CatalogueText.entries(theirs),
				CatalogueText.entries(ours), false,
				code -> conflicts.add(new Conflict(path, path, null, null, code, "entry changed in the draft and in the live rules")));
		StringBuilder out = new StringBuilder(ourHeader.equals(header) ? theirHeader : ourHeader);
		merged.values().forEach(out::append);
		return out.toString();
	}

	/**
	 * Three-way merge of keyed blocks in the order of {@code host}, the blocks only {@code other}
	 * added placed after the block before them there. {@code otherIsOurs} only says on which side a
	 * conflict keeps the draft's block (it is kept, and reported).
	 */
	private static Map<String, String> keyed(Map<String, String> base, Map<String, String> host, Map<String, String> other,
			boolean otherIsOurs, java.util.function.Consumer<String> conflict) {
		List<String> order = new ArrayList<>(host.keySet());
		List<String> otherOrder = new ArrayList<>(other.keySet());
		for (int i = 0; i < otherOrder.size(); i++) {
			String key = otherOrder.get(i);
			if (order.contains(key) || base.containsKey(key) && Objects.equals(base.get(key), other.get(key))) {
				continue;
			}
			int position = 0;
			for (int j = i - 1; j >= 0; j--) {
				int before = order.indexOf(otherOrder.get(j));
				if (before >= 0) {
					position = before + 1;
					break;
				}
			}
			order.add(position, key);
		}
		Map<String, String> out = new LinkedHashMap<>();
		for (String key : order) {
			String b = base.get(key);
			String h = host.get(key);
			String o = other.get(key);
			String merged;
			if (Objects.equals(o, b) || Objects.equals(o, h)) {
				merged = h;
			}
			else if (Objects.equals(h, b)) {
				merged = o;
			}
			else {
				conflict.accept(key);
				merged = otherIsOurs ? o : h;
			}
			if (merged != null) {
				out.put(key, merged);
			}
		}
		return out;
	}

	private static Map<String, String> rows(DmnText.Table table) {
		Map<String, String> rows = new LinkedHashMap<>();
		if (table != null) {
			table.rows().forEach((id, row) -> rows.put(id, row.text()));
		}
		return rows;
	}

	private static Integer nullIfZero(int n) {
		return n == 0 ? null : n;
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
