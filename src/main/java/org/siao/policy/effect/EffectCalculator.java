package org.siao.policy.effect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.policy.effect.EffectReport.AmountShift;
import org.siao.policy.effect.EffectReport.HouseholdShift;
import org.siao.policy.effect.EffectReport.Money;
import org.siao.policy.effect.EffectReport.ProgrammeShift;
import org.siao.rulebook.RuleBook;

/** Runs households on the live and the draft rule book and adds up what changes. */
public final class EffectCalculator {

	private EffectCalculator() {
	}

	public static EffectReport compare(RuleBook live, RuleBook draft, List<Household> households, Language language,
			List<String> invalid) {
		Tally tally = new Tally(live, draft, language, invalid);
		households.forEach(tally::add);
		return tally.report();
	}

	/**
	 * The comparison one household at a time, so a caller can stream households from a database and
	 * keep only the households that change (and the sums) in memory.
	 */
	public static final class Tally {

		private final RuleBook live;

		private final RuleBook draft;

		private final Language language;

		private final List<HouseholdShift> shifts = new ArrayList<>();

		// per programme: gain, lose, month live, month draft, year live, year draft
		private final Map<String, long[]> perProgramme = new TreeMap<>();

		private final Map<String, String> names = new LinkedHashMap<>();

		private final long[] totals = new long[4];

		private final List<String> refused;

		private int assessed;

		public Tally(RuleBook live, RuleBook draft, Language language, List<String> invalid) {
			this.live = live;
			this.draft = draft;
			this.language = language;
			this.refused = new ArrayList<>(invalid);
		}

		public void add(Household household) {
			Assessment before;
			Assessment after;
			try {
				before = Assessor.assess(live, household.survey(), language);
				after = Assessor.assess(draft, household.survey(), language);
			}
			catch (RuntimeException e) {
				// a household the service cannot assess is reported by its label alone, never its data
				refused.add(household.label());
				return;
			}
			assessed++;
			Map<String, Assessment.Recommendation> was = byId(before);
			Map<String, Assessment.Recommendation> now = byId(after);
			List<String> gained = new ArrayList<>();
			List<String> lost = new ArrayList<>();
			List<AmountShift> amounts = new ArrayList<>();
			Set<String> ids = new LinkedHashSet<>(was.keySet());
			ids.addAll(now.keySet());
			for (String id : ids) {
				Assessment.Recommendation a = was.get(id);
				Assessment.Recommendation b = now.get(id);
				Assessment.Recommendation any = b != null ? b : a;
				names.put(any.programme(), any.name());
				long[] p = perProgramme.computeIfAbsent(any.programme(), k -> new long[6]);
				if (a == null) {
					gained.add(id);
					p[0]++;
				}
				else if (b == null) {
					lost.add(id);
					p[1]++;
				}
				else if (!Objects.equals(a.amount(), b.amount())) {
					amounts.add(new AmountShift(id, a.amount(), b.amount(), b.period()));
				}
				p[2] += month(a);
				p[3] += month(b);
				p[4] += year(a);
				p[5] += year(b);
			}
			Money month = new Money(was.values().stream().mapToLong(EffectCalculator::month).sum(),
					now.values().stream().mapToLong(EffectCalculator::month).sum());
			Money year = new Money(was.values().stream().mapToLong(EffectCalculator::year).sum(),
					now.values().stream().mapToLong(EffectCalculator::year).sum());
			totals[0] += month.live();
			totals[1] += month.draft();
			totals[2] += year.live();
			totals[3] += year.draft();
			List<String> deficitsBefore = before.deficits().stream().map(Assessment.Deficit::id).toList();
			List<String> deficitsAfter = after.deficits().stream().map(Assessment.Deficit::id).toList();
			List<String> added = deficitsAfter.stream().filter(d -> !deficitsBefore.contains(d)).toList();
			List<String> removed = deficitsBefore.stream().filter(d -> !deficitsAfter.contains(d)).toList();
			if (!gained.isEmpty() || !lost.isEmpty() || !amounts.isEmpty() || !added.isEmpty() || !removed.isEmpty()) {
				shifts.add(new HouseholdShift(household.label(), household.casePath(), gained, lost, amounts, added,
						removed, month, year));
			}
		}

		public EffectReport report() {
			List<ProgrammeShift> programmes = new ArrayList<>();
			perProgramme.forEach((code, p) -> {
				if (p[0] != 0 || p[1] != 0 || p[2] != p[3] || p[4] != p[5]) {
					programmes.add(new ProgrammeShift(code, names.get(code), (int) p[0], (int) p[1],
							new Money(p[2], p[3]), new Money(p[4], p[5])));
				}
			});
			return new EffectReport(assessed, shifts.size(), new Money(totals[0], totals[1]),
					new Money(totals[2], totals[3]), List.copyOf(programmes), List.copyOf(shifts), List.copyOf(refused));
		}

	}

	private static Map<String, Assessment.Recommendation> byId(Assessment assessment) {
		Map<String, Assessment.Recommendation> out = new LinkedHashMap<>();
		for (Assessment.Recommendation r : assessment.recommendations()) {
			out.put(Assessment.id(r.programme(), r.member()), r);
		}
		return out;
	}

	private static long month(Assessment.Recommendation r) {
		return r != null && r.amount() != null && "MONTH".equals(r.period()) ? r.amount() : 0;
	}

	private static long year(Assessment.Recommendation r) {
		if (r == null || r.amount() == null) {
			return 0;
		}
		return switch (r.period() == null ? "" : r.period()) {
			case "MONTH" -> r.amount() * 12;
			case "YEAR" -> r.amount();
			default -> 0;
		};
	}

}
