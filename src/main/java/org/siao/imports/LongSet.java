package org.siao.imports;

/**
 * A set of non-negative longs in one array (open addressing): a million household keys take
 * 16 MB where a {@code HashSet<Long>} would take about 60.
 */
final class LongSet {

	private static final long FREE = -1;

	private long[] slots = filled(1 << 10);

	private int size;

	/** Adds the value; false when it was there already. */
	boolean add(long value) {
		if (value < 0) {
			throw new IllegalArgumentException("only values from 0");
		}
		if (2 * (size + 1) > slots.length) {
			grow();
		}
		int at = indexOf(slots, value);
		if (slots[at] == value) {
			return false;
		}
		slots[at] = value;
		size++;
		return true;
	}

	boolean contains(long value) {
		return value >= 0 && slots[indexOf(slots, value)] == value;
	}

	int size() {
		return size;
	}

	private static int indexOf(long[] slots, long value) {
		int mask = slots.length - 1;
		int at = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
		while (slots[at] != FREE && slots[at] != value) {
			at = (at + 1) & mask;
		}
		return at;
	}

	private void grow() {
		long[] bigger = filled(slots.length * 2);
		for (long value : slots) {
			if (value != FREE) {
				bigger[indexOf(bigger, value)] = value;
			}
		}
		slots = bigger;
	}

	private static long[] filled(int length) {
		long[] slots = new long[length];
		java.util.Arrays.fill(slots, FREE);
		return slots;
	}

}
