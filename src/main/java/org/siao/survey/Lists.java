package org.siao.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable copies that, unlike {@link List#copyOf}, keep null entries for validation to report. */
final class Lists {

	private Lists() {
	}

	static <T> List<T> copy(List<T> list) {
		return Collections.unmodifiableList(new ArrayList<>(list));
	}

}
