package org.siao.drafts;

import java.util.List;
import java.util.Map;

/** What a draft would change, against the live rules. */
public final class Effects {

	private Effects() {
	}

	/** The casebook run on both: only the cases that change or fail are listed. */
	public record CasebookEffect(String liveVersion, String draftVersion, int cases, int changed, int failingLive,
			int failingDraft, List<CaseChange> changes) {

		public String summary() {
			return cases + " cases, " + changed + " changed, " + failingDraft + " failing (" + failingLive + " before)";
		}

	}

	/**
	 * One case: deficits and recommendations ("CODE@member") that appear or disappear, amounts that
	 * change, and the case's expectations that the draft no longer meets.
	 */
	public record CaseChange(String path, String title, List<String> deficitsAdded, List<String> deficitsRemoved,
			List<String> recommendationsAdded, List<String> recommendationsRemoved, List<AmountChange> amounts,
			boolean failsNow, boolean failedBefore, List<String> failures) {
	}

	public record AmountChange(String recommendation, Long live, Long draft) {
	}

	/** Posted households (a village file) on both: per programme and indicator, who gains and loses. */
	public record SurveysEffect(String liveVersion, String draftVersion, int households, int changed,
			Map<String, Shift> programmes, Map<String, Shift> deficits, List<String> invalid) {
	}

	/** Households that gain or lose something under the draft. */
	public record Shift(int gain, int lose) {
	}

}
