package org.siao.policy.grid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.siao.policy.dmn.DmnDocument;
import org.siao.policy.dmn.DmnTable;

/**
 * A draft against its parent, row by row: for a DMN file each table's rows matched by their id
 * (a changed cell as old → new with its column, a row added, removed or moved); for any other
 * file the lines that differ.
 */
public final class DraftDiff {

	private DraftDiff() {
	}

	/** {@code kind}: CELL, ROW_ADDED, ROW_REMOVED, ROW_MOVED, LINE, FILE_ADDED, FILE_REMOVED. */
	public record Change(String path, String table, Integer row, String rowId, String column, String kind,
			String oldValue, String newValue) {
	}

	public static List<Change> between(Map<String, byte[]> parent, Map<String, byte[]> draft) {
		List<Change> changes = new ArrayList<>();
		TreeSet<String> paths = new TreeSet<>(parent.keySet());
		paths.addAll(draft.keySet());
		for (String path : paths) {
			byte[] before = parent.get(path);
			byte[] after = draft.get(path);
			if (before != null && after != null && Arrays.equals(before, after)) {
				continue;
			}
			if (before == null) {
				changes.add(new Change(path, null, null, null, null, "FILE_ADDED", null, null));
			}
			else if (after == null) {
				changes.add(new Change(path, null, null, null, null, "FILE_REMOVED", null, null));
			}
			else if (path.endsWith(".dmn")) {
				dmn(path, before, after, changes);
			}
			else {
				lines(path, before, after, changes);
			}
		}
		return changes;
	}

	private static void dmn(String path, byte[] before, byte[] after, List<Change> changes) {
		List<DmnTable> old;
		List<DmnTable> now;
		try {
			old = DmnDocument.parse(before).tables();
			now = DmnDocument.parse(after).tables();
		}
		catch (DmnDocument.InvalidDmn e) {
			lines(path, before, after, changes);
			return;
		}
		for (DmnTable table : now) {
			Optional<DmnTable> was = old.stream().filter(t -> t.name().equals(table.name())).findFirst();
			if (was.isEmpty()) {
				changes.add(new Change(path, table.name(), null, null, null, "TABLE_ADDED", null, null));
				continue;
			}
			rows(path, was.get(), table, changes);
		}
		for (DmnTable table : old) {
			if (now.stream().noneMatch(t -> t.name().equals(table.name()))) {
				changes.add(new Change(path, table.name(), null, null, null, "TABLE_REMOVED", null, null));
			}
		}
	}

	private static void rows(String path, DmnTable old, DmnTable now, List<Change> changes) {
		List<String> oldOrder = old.rows().stream().map(DmnTable.Row::id).filter(id -> now.row(id).isPresent()).toList();
		List<String> newOrder = now.rows().stream().map(DmnTable.Row::id).filter(id -> old.row(id).isPresent()).toList();
		for (DmnTable.Row row : now.rows()) {
			Optional<DmnTable.Row> was = old.row(row.id());
			if (was.isEmpty()) {
				changes.add(new Change(path, now.name(), row.number(), row.id(), null, "ROW_ADDED", null,
						String.join(" | ", row.cells())));
				continue;
			}
			if (oldOrder.indexOf(row.id()) != newOrder.indexOf(row.id())) {
				changes.add(new Change(path, now.name(), row.number(), row.id(), null, "ROW_MOVED",
						String.valueOf(was.get().number()), String.valueOf(row.number())));
			}
			for (int c = 0; c < Math.min(row.cells().size(), was.get().cells().size()); c++) {
				if (!row.cells().get(c).equals(was.get().cells().get(c))) {
					changes.add(new Change(path, now.name(), row.number(), row.id(), now.columnLabel(c), "CELL",
							was.get().cells().get(c), row.cells().get(c)));
				}
			}
		}
		for (DmnTable.Row row : old.rows()) {
			if (now.row(row.id()).isEmpty()) {
				changes.add(new Change(path, now.name(), row.number(), row.id(), null, "ROW_REMOVED",
						String.join(" | ", row.cells()), null));
			}
		}
	}

	/** Lines that differ, paired in order after the common beginning and end are set aside. */
	private static void lines(String path, byte[] before, byte[] after, List<Change> changes) {
		List<String> a = new String(before, StandardCharsets.UTF_8).lines().toList();
		List<String> b = new String(after, StandardCharsets.UTF_8).lines().toList();
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		for (int i = 0; i < Math.max(endA - start, endB - start); i++) {
			String old = start + i < endA ? a.get(start + i) : null;
			String now = start + i < endB ? b.get(start + i) : null;
			changes.add(new Change(path, null, start + i + 1, null, null, "LINE", old, now));
		}
	}

}
