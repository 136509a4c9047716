package org.siao.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One DMN decision table, compiled for explanation: every row is checked cell by cell, so the
 * caller learns not only which rows matched but which could match once an answer is known, and
 * which failed on a single condition.
 */
public final class RuleTable {

	private final String file;

	private final String name;

	private final HitPolicy hitPolicy;

	private final List<Column> columns;

	private final List<Row> rows;

	private final boolean perMember;

	// the same columns and cells as arrays, read on every evaluation without list look-ups
	private final String[] columnNames;

	private final Cell[][] cells;

	private final Row[] rowArray;

	// each row's conditions (its cells other than "-", which hold for any value: a third of all
	// cells) and the columns they test, and its "-" columns, which a row check shows as TRUE
	private final Cell[][] conditions;

	private final int[][] conditionColumns;

	private final int[][] anyColumns;

	// true when some cell runs on the FEEL engine, which may read other facts than its column's
	private final boolean usesFeel;

	RuleTable(String file, String name, HitPolicy hitPolicy, List<Column> columns, List<Row> rows, boolean perMember) {
		this.file = file;
		this.name = name;
		this.hitPolicy = hitPolicy;
		this.columns = List.copyOf(columns);
		this.rows = List.copyOf(rows);
		this.perMember = perMember;
		// interned: the profile's maps are keyed by the facts' (constant, so interned) names, and a
		// look-up with the very same string is decided without comparing characters
		this.columnNames = this.columns.stream().map(c -> c.name().intern()).toArray(String[]::new);
		this.cells = new Cell[this.rows.size()][];
		this.rowArray = this.rows.toArray(Row[]::new);
		this.conditions = new Cell[cells.length][];
		this.conditionColumns = new int[cells.length][];
		this.anyColumns = new int[cells.length][];
		boolean feel = false;
		for (int r = 0; r < cells.length; r++) {
			cells[r] = this.rows.get(r).cells().toArray(Cell[]::new);
			for (Cell cell : cells[r]) {
				feel |= cell.usesFeel();
			}
			conditionColumns[r] = columnsWhere(cells[r], false);
			anyColumns[r] = columnsWhere(cells[r], true);
			conditions[r] = new Cell[conditionColumns[r].length];
			for (int i = 0; i < conditions[r].length; i++) {
				conditions[r][i] = cells[r][conditionColumns[r][i]];
			}
		}
		this.usesFeel = feel;
	}

	private static int[] columnsWhere(Cell[] row, boolean any) {
		int[] found = new int[row.length];
		int n = 0;
		for (int c = 0; c < row.length; c++) {
			if (row[c].isAny() == any) {
				found[n++] = c;
			}
		}
		return java.util.Arrays.copyOf(found, n);
	}

	public String file() {
		return file;
	}

	/** The decision's name: an indicator or programme code. */
	public String name() {
		return name;
	}

	/** The hit policy as the table declares it ("COLLECT SUM"). */
	public String hitPolicy() {
		return hitPolicy.declared();
	}

	/** How the table's matched rows make its answer. */
	public HitPolicy policy() {
		return hitPolicy;
	}

	public List<Column> columns() {
		return columns;
	}

	public List<Row> rows() {
		return rows;
	}

	/** True when any column reads a member's fact: the table is then asked once per member. */
	public boolean perMember() {
		return perMember;
	}

	/**
	 * A programme table that reads a member's indicator result ("EDU-2") is about that member, even
	 * when it reads no member fact directly.
	 */
	RuleTable askedPerMemberWhenReading(java.util.Set<String> memberIndicators) {
		boolean readsMemberIndicator = columns.stream().anyMatch(c -> memberIndicators.contains(c.name()));
		return perMember || !readsMemberIndicator ? this : new RuleTable(file, name, hitPolicy, columns, rows, true);
	}

	/**
	 * True when some cell is left to the FEEL engine. Such a cell may name other facts than its
	 * column's, so only a table without one answers from its columns' values alone.
	 */
	public boolean usesFeel() {
		return usesFeel;
	}

	public Verdict evaluate(Function<String, Object> facts, Cell.FeelContext feel) {
		int width = columnNames.length;
		Object[] values = new Object[width];
		for (int c = 0; c < width; c++) {
			values[c] = facts.apply(columnNames[c]);
		}
		return evaluate(values, feel);
	}

	/**
	 * The verdict on the given values, one per column in column order. The verdict keeps the
	 * array (its row checks show the values), so the caller hands over a fresh one. {@code feel}
	 * is read only when {@link #usesFeel()}; it may be null otherwise.
	 */
	public Verdict evaluate(Object[] values, Cell.FeelContext feel) {
		int width = columnNames.length;
		if (values.length != width) {
			throw new IllegalArgumentException("table " + name + " has " + width + " columns, given " + values.length + " values");
		}
		Tri[] states = new Tri[width];
		List<RowCheck> matched = List.of();
		List<RowCheck> pending = List.of();
		List<RowCheck> nearMisses = List.of();
		// near misses are the commonest rows kept (a household not eligible for a one-row programme)
		// and the least read: noted by number and checked again only when asked for
		boolean lazyNearMisses = !usesFeel && cells.length <= Long.SIZE;
		long nearMissRows = 0;
		for (int r = 0; r < cells.length; r++) {
			Cell[] rowConditions = conditions[r];
			int[] columnOf = conditionColumns[r];
			int falses = 0;
			int unknowns = 0;
			// a row with two failed cells, or one failed and one unknown, is none of the three kinds
			// below: the rest of its cells cannot change that (nor can the order they are tested in)
			for (int i = 0; i < rowConditions.length && falses < 2 && (falses == 0 || unknowns == 0); i++) {
				int c = columnOf[i];
				Tri state = rowConditions[i].evaluate(values[c], feel);
				states[c] = state;
				if (state == Tri.FALSE) {
					falses++;
				}
				else if (state == Tri.UNKNOWN) {
					unknowns++;
				}
			}
			if (falses == 0 && unknowns == 0) {
				matched = add(matched, check(r, values, states));
			}
			else if (falses == 0) {
				pending = add(pending, check(r, values, states));
			}
			else if (falses == 1 && unknowns == 0) {
				if (lazyNearMisses) {
					nearMissRows |= 1L << r;
				}
				else {
					nearMisses = add(nearMisses, check(r, values, states));
				}
			}
		}
		return lazyNearMisses ? new Verdict(this, matched, pending, values, nearMissRows)
				: new Verdict(this, matched, pending, nearMisses);
	}

	/**
	 * A near miss checked again, cell by cell, when its verdict is first asked for it: the cells
	 * answer the same on the same values (no FEEL cell, see {@link #evaluate(Object[], Cell.FeelContext)}).
	 */
	private RowCheck nearMiss(int r, Object[] values) {
		Tri[] states = new Tri[values.length];
		for (int c = 0; c < states.length; c++) {
			states[c] = cells[r][c].evaluate(values[c], null);
		}
		return new RowCheck(rowArray[r], columns, values, states);
	}

	private static List<RowCheck> add(List<RowCheck> list, RowCheck check) {
		List<RowCheck> target = list.isEmpty() ? new ArrayList<>(2) : list;
		target.add(check);
		return target;
	}

	/** The r-th row as checked: {@code states} holds its conditions' states, its "-" columns are TRUE. */
	private RowCheck check(int r, Object[] values, Tri[] states) {
		Tri[] kept = states.clone();
		for (int c : anyColumns[r]) {
			kept[c] = Tri.TRUE;
		}
		return new RowCheck(rowArray[r], columns, values, kept);
	}

	/** A column: the fact or indicator it reads, and the label shown in the table editor. */
	public record Column(String name, String label) {
	}

	/**
	 * A rule row: its 1-based number in the table, cells, output, the source text staff wrote and
	 * the documents it cites by key (empty for a row that says UNCONFIRMED).
	 */
	public record Row(int number, String id, List<Cell> cells, Object output, String source,
			List<org.siao.sources.Citation> citations) {

		public Row {
			citations = citations == null ? List.of() : List.copyOf(citations);
		}

	}

	/** How one cell judged one value. */
	public record CellCheck(Column column, Object value, Cell cell, Tri state) {
	}

	/**
	 * One row, checked against one subject. The per-cell view is built only when asked for: most
	 * rows checked are never explained.
	 */
	public static final class RowCheck {

		private final Row row;

		private final List<Column> columns;

		private final Object[] values;

		private final Tri[] states;

		private List<CellCheck> cells;

		RowCheck(Row row, List<Column> columns, Object[] values, Tri[] states) {
			this.row = row;
			this.columns = columns;
			this.values = values;
			this.states = states;
		}

		public Row row() {
			return row;
		}

		/** The row's conditions (its cells other than "-"), each with the subject's value. */
		public List<CellCheck> cells() {
			if (cells == null) {
				List<CellCheck> built = new ArrayList<>(columns.size());
				for (int c = 0; c < columns.size(); c++) {
					Cell cell = row.cells().get(c);
					if (!cell.isAny()) {
						built.add(new CellCheck(columns.get(c), values[c], cell, states[c]));
					}
				}
				cells = List.copyOf(built);
			}
			return cells;
		}

		/** The one condition a near miss failed on. */
		public CellCheck failed() {
			for (int c = 0; c < states.length; c++) {
				Cell cell = row.cells().get(c);
				if (states[c] == Tri.FALSE && !cell.isAny()) {
					return new CellCheck(columns.get(c), values[c], cell, states[c]);
				}
			}
			throw new java.util.NoSuchElementException("no failed condition in row " + row.number());
		}

	}

	/**
	 * The table's answer for one subject. {@code decided} is the row whose output stands, or null
	 * when no row matched or when an unanswered question could still change the outcome.
	 * <p>
	 * The rows matched and the rows pending (every cell true or unknown) are kept as checked; the
	 * near misses (one condition failed) may be kept as row numbers and checked again when first
	 * asked for, as most are never read.
	 */
	public static final class Verdict {

		private final RuleTable table;

		private final List<RowCheck> matched;

		private final List<RowCheck> pending;

		// the values the near misses were checked on, and which rows they are (bit r: the r-th row)
		private final Object[] values;

		private final long nearMissRows;

		private List<RowCheck> nearMisses;

		public Verdict(RuleTable table, List<RowCheck> matched, List<RowCheck> pending, List<RowCheck> nearMisses) {
			this.table = table;
			this.matched = matched;
			this.pending = pending;
			this.nearMisses = nearMisses;
			this.values = null;
			this.nearMissRows = 0;
		}

		private Verdict(RuleTable table, List<RowCheck> matched, List<RowCheck> pending, Object[] values, long nearMissRows) {
			this.table = table;
			this.matched = matched;
			this.pending = pending;
			this.values = values;
			this.nearMissRows = nearMissRows;
			this.nearMisses = nearMissRows == 0 ? List.of() : null;
		}

		public RuleTable table() {
			return table;
		}

		/** The rows whose every condition holds, in table order. */
		public List<RowCheck> matched() {
			return matched;
		}

		/** The rows that may still match: no condition failed, some unknown. */
		public List<RowCheck> pending() {
			return pending;
		}

		/** The rows that failed on exactly one condition, every other one holding. */
		public List<RowCheck> nearMisses() {
			List<RowCheck> built = nearMisses;
			if (built == null) {
				List<RowCheck> rows = new ArrayList<>(Long.bitCount(nearMissRows));
				for (long left = nearMissRows; left != 0; left &= left - 1) {
					rows.add(table.nearMiss(Long.numberOfTrailingZeros(left), values));
				}
				// immutable, so that a verdict shared between threads publishes it safely
				built = List.copyOf(rows);
				nearMisses = built;
			}
			return built;
		}

		public RowCheck decided() {
			HitPolicy policy = table.hitPolicy;
			if (policy == HitPolicy.FIRST) {
				RowCheck first = matched.isEmpty() ? null : matched.get(0);
				for (RowCheck p : pending) {
					if (first == null || p.row().number() < first.row().number()) {
						return null;
					}
				}
				return first;
			}
			if (matched.isEmpty() || conflict()) {
				return null;
			}
			RowCheck first = matched.get(0);
			for (RowCheck p : pending) {
				// a row that may still match changes a sum whatever it pays, the others only by a different output
				if (policy == HitPolicy.COLLECT_SUM || !java.util.Objects.equals(p.row().output(), first.row().output())) {
					return null;
				}
			}
			return first;
		}

		/**
		 * The matched rows that count under the table's hit policy, in table order: the first for
		 * FIRST, every one for ANY and COLLECT, none when the policy's rule is broken.
		 */
		public List<RowCheck> counted() {
			return table.hitPolicy.counted(matched, r -> r.row().output());
		}

		/** True when the matched rows break the hit policy (two rows of a UNIQUE table, differing ANY outputs). */
		public boolean conflict() {
			return table.hitPolicy.conflict(matched, r -> r.row().output());
		}

		/**
		 * What the matched rows answer under the table's hit policy (a COLLECT SUM adds their
		 * amounts): empty when no row matched or the policy's rule is broken.
		 */
		public java.util.Optional<HitPolicy.Answer> answer() {
			if (matched.isEmpty()) {
				return java.util.Optional.empty();
			}
			List<Object> outputs = new ArrayList<>(matched.size());
			for (RowCheck r : matched) {
				outputs.add(r.row().output());
			}
			return table.hitPolicy.answer(outputs);
		}

		public boolean undetermined() {
			return decided() == null && !pending.isEmpty();
		}

	}

}
