package org.siao.households;

import java.time.LocalDate;
import java.util.List;

import org.siao.areas.Area;
import org.siao.assessment.InvalidSurvey;
import org.siao.areas.Areas;
import org.siao.rulebook.RuleBooks;
import org.siao.users.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --siao.demo.district=4001}: at start, fills the district with synthetic households
 * (assessed on the current rules and kept like any survey) so the summaries have something to
 * show. Runs once: a district that already has households is left as it is.
 */
@Component
class DemoDistrict implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

	private final String district;

	private final int perVillage;

	private final Areas areas;

	private final Households households;

	private final StoredSurveys stored;

	private final RuleBooks rules;

	private final JsonMapper json;

	DemoDistrict(@Value("${siao.demo.district:}") String district,
			@Value("${siao.demo.households-per-village:40}") int perVillage, Areas areas, Households households,
			StoredSurveys stored, RuleBooks rules, JsonMapper json) {
		this.district = district;
		this.perVillage = perVillage;
		this.areas = areas;
		this.households = households;
		this.stored = stored;
		this.rules = rules;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (district.isBlank()) {
			return;
		}
		List<Area> subdistricts = areas.subdistricts(district);
		if (subdistricts.isEmpty()) {
			log.warn("siao.demo.district={} is not a known district: nothing loaded", district);
			return;
		}
		if (stored.count(district) > 0) {
			log.info("district {} already has households: the demo loads nothing", district);
			return;
		}
		long started = System.nanoTime();
		int kept = load(subdistricts);
		log.info("demo: {} synthetic households kept in district {} in {} ms", kept, district,
				(System.nanoTime() - started) / 1_000_000);
	}

	private int load(List<Area> subdistricts) {
		SyntheticHouseholds synthetic = new SyntheticHouseholds(Long.parseLong(district), json,
				rules.current().catalogue().programmes().keySet());
		LocalDate date = LocalDate.now().minusDays(30);
		int kept = 0;
		for (Area subdistrict : subdistricts) {
			for (int v = 1; v <= 5; v++) {
				String village = subdistrict.code() + String.format("%02d", v);
				for (int n = 1; n <= perVillage; n++) {
					HouseholdCode code = new HouseholdCode(village, n);
					try {
						if (households.keep(code, synthetic.next(village, date.minusDays(n % 200)), "demo",
								Scope.EVERYWHERE).ok()) {
							kept++;
						}
					}
					catch (InvalidSurvey e) {
						// the rules of the day may check more than the generator knows: that household is left out
						log.debug("a synthetic household did not pass the checks: {}", e.problems().size());
					}
				}
			}
		}
		return kept;
	}

}
