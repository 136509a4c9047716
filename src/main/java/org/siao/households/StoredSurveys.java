package org.siao.households;

import java.util.function.Consumer;

import org.siao.users.Scope;

/**
 * The stored surveys of an area, for other features to run on (policy staff see what a draft
 * would change for the households already kept). Streams one household at a time.
 */
public class StoredSurveys {

	private final HouseholdStore store;

	private final SurveyCodec codec;

	StoredSurveys(HouseholdStore store, SurveyCodec codec) {
		this.store = store;
		this.codec = codec;
	}

	/**
	 * The latest stored survey of every household in the area, in code order. {@code areaCode}: a
	 * province (2 digits), district (4), sub-district (6) or village (8) code; null for all.
	 */
	public void forEachLatest(String areaCode, Consumer<StoredSurvey> each) {
		Scope scope = scopeOf(areaCode);
		store.forEachLatest(scope, latest -> {
			if (areaCode == null || latest.code().startsWith(areaCode)) {
				each.accept(new StoredSurvey(latest.code(), latest.date(), latest.rulesVersion(),
						codec.read(latest.survey())));
			}
		});
	}

	/** How many households the area has. */
	public long count(String areaCode) {
		if (areaCode != null && areaCode.length() == 8) {
			long[] n = { 0 };
			store.forEachLatest(scopeOf(areaCode), latest -> n[0] += latest.code().startsWith(areaCode) ? 1 : 0);
			return n[0];
		}
		return store.count(scopeOf(areaCode));
	}

	/** A village narrows its sub-district's rows further in {@link #forEachLatest}. */
	private static Scope scopeOf(String areaCode) {
		if (areaCode == null) {
			return Scope.EVERYWHERE;
		}
		if (!areaCode.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}")) {
			throw new IllegalArgumentException("an area code has 2, 4, 6 or 8 digits");
		}
		return new Scope(areaCode.length() == 8 ? areaCode.substring(0, 6) : areaCode);
	}

}
