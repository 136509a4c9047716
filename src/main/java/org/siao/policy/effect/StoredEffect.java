package org.siao.policy.effect;

import java.util.List;

import org.siao.catalogue.Language;
import org.siao.households.StoredSurveys;
import org.siao.rulebook.RuleBook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A draft on the households officials keep in one area: each household's latest survey run on the
 * live and the draft rules, the same comparison as uploaded households, labelled by household code
 * (never a name). The run is capped so a province of many thousand households answers in seconds:
 * the first {@code siao.policy.effect.stored-limit} households in code order, and the page says so.
 */
@Component
public class StoredEffect {

	/** An area code as officials write it: province 2, district 4, sub-district 6, village 8 digits. */
	public static boolean isAreaCode(String code) {
		return code != null && code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}");
	}

	/**
	 * The run on one area: how many households the area keeps, how many were run (at most
	 * {@code limit}), and the comparison of those.
	 */
	public record Result(String area, long stored, int run, int limit, boolean capped, EffectReport report) {
	}

	private final StoredSurveys surveys;

	private final int limit;

	StoredEffect(StoredSurveys surveys, @Value("${siao.policy.effect.stored-limit:1000}") int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("siao.policy.effect.stored-limit must be at least 1");
		}
		this.surveys = surveys;
		this.limit = limit;
	}

	public int limit() {
		return limit;
	}

	/** Runs the area's households; {@code area} must pass {@link #isAreaCode}. */
	public Result run(RuleBook live, RuleBook draft, String area, Language language) {
		if (!isAreaCode(area)) {
			throw new IllegalArgumentException("an area code has 2, 4, 6 or 8 digits");
		}
		long stored = surveys.count(area);
		EffectCalculator.Tally tally = new EffectCalculator.Tally(live, draft, language, List.of());
		int[] run = { 0 };
		try {
			surveys.forEachLatest(area, s -> {
				if (run[0] >= limit) {
					// stop reading (and decoding) the rest of the area's rows
					throw new Enough();
				}
				run[0]++;
				tally.add(new Household(s.householdCode(), null, s.survey()));
			});
		}
		catch (Enough enough) {
			// the cap was reached; the households beyond it are counted but not run
		}
		return new Result(area, stored, run[0], limit, stored > run[0], tally.report());
	}

	/** Thrown from inside the stream to end it at the cap; never leaves this class. */
	private static final class Enough extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Enough() {
			super(null, null, false, false);
		}

	}

}
