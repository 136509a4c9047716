package org.siao.casebook;

import java.util.List;
import java.util.Map;

import org.siao.survey.Survey;

/**
 * One household with the outcome policy expects, as written in casebook/*.yaml. Expectations are
 * codes, not prose: "INC-3" for a household deficit, "EDU-2@m3" for a member's; programmes the
 * same way ("OLD-AGE-ALLOWANCE@m1", "RURAL-HOUSE-REPAIR").
 */
public record Case(String path, String title, Survey survey, Expect expect) {

	/**
	 * {@code deficits}: exactly these. {@code recommend}: at least these. {@code not}: never these
	 * (a bare programme code means for nobody in the household). {@code amounts}: baht per
	 * recommendation. {@code undetermined}, {@code nearMisses}, {@code setAside}: at least these.
	 */
	public record Expect(List<String> deficits, List<String> recommend, List<String> not, Map<String, Long> amounts,
			List<String> undetermined, List<String> nearMisses, List<String> setAside) {

		public Expect {
			deficits = deficits == null ? null : List.copyOf(deficits);
			recommend = recommend == null ? List.of() : List.copyOf(recommend);
			not = not == null ? List.of() : List.copyOf(not);
			amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
			undetermined = undetermined == null ? List.of() : List.copyOf(undetermined);
			nearMisses = nearMisses == null ? List.of() : List.copyOf(nearMisses);
			setAside = setAside == null ? List.of() : List.copyOf(setAside);
		}

	}

}
