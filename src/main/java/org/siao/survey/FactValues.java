package org.siao.survey;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The facts of one level (the household's, or one member's) as a read-only map by fact name,
 * kept as an array by the facts' order. The engine reads it by {@link Fact} without hashing a
 * name; the map view is for everything else. Every fact of the level is a key, an unknown one with
 * a null value, as before.
 */
final class FactValues extends AbstractMap<String, Object> {

	private final Fact.Level level;

	private final Fact[] keys;

	// by Fact.ordinal(); facts of the other level stay null and are not keys
	private final Object[] values;

	FactValues(Fact.Level level, Fact[] keys, Object[] values) {
		this.level = level;
		this.keys = keys;
		this.values = values;
	}

	/** The fact's value: null when unknown or of the other level. */
	Object value(Fact fact) {
		return values[fact.ordinal()];
	}

	@Override
	public Object get(Object name) {
		Fact fact = name instanceof String s ? Fact.byName(s) : null;
		return fact == null ? null : values[fact.ordinal()];
	}

	@Override
	public boolean containsKey(Object name) {
		Fact fact = name instanceof String s ? Fact.byName(s) : null;
		return fact != null && fact.level() == level;
	}

	@Override
	public int size() {
		return keys.length;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {
			@Override
			public int size() {
				return keys.length;
			}

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {
					private int next;

					@Override
					public boolean hasNext() {
						return next < keys.length;
					}

					@Override
					public Entry<String, Object> next() {
						if (next >= keys.length) {
							throw new NoSuchElementException();
						}
						Fact fact = keys[next++];
						return new SimpleImmutableEntry<>(fact.factName(), values[fact.ordinal()]);
					}
				};
			}
		};
	}

}
