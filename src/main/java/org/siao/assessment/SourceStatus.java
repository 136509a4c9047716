package org.siao.assessment;

import java.util.List;

/**
 * How sure the sources behind a recommendation are: the catalogue's rating, lowered to what the
 * rows themselves say, so an answer never reads CONFIRMED when the row that gave it says
 * UNCONFIRMED.
 */
final class SourceStatus {

	private static final List<String> WEAKEST_LAST = List.of("CONFIRMED", "SECONDARY", "UNCONFIRMED");

	private SourceStatus() {
	}

	static String of(String catalogue, List<String> rowSources) {
		int weakest = Math.max(0, WEAKEST_LAST.indexOf(catalogue));
		for (String source : rowSources) {
			if (source == null) {
				continue;
			}
			for (int i = WEAKEST_LAST.size() - 1; i > weakest; i--) {
				if (source.contains(WEAKEST_LAST.get(i))) {
					weakest = i;
					break;
				}
			}
		}
		return WEAKEST_LAST.indexOf(catalogue) < 0 && weakest == 0 ? catalogue : WEAKEST_LAST.get(weakest);
	}

}
