package org.siao.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.households.HouseholdCode;
import org.siao.households.Households;
import org.siao.households.SyntheticHouseholds;
import org.siao.rulebook.RuleBooks;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A district's summary equals the counts the test makes itself from the same synthetic households. */
@SpringBootTest
@AutoConfigureMockMvc
class AreaSummariesTests {

	@Autowired
	Households households;

	@Autowired
	AreaSummaries summaries;

	@Autowired
	Assessor assessor;

	@Autowired
	RuleBooks rules;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Test
	void countsMatchTheStoredHouseholdsAtEveryLevel() throws Exception {
		SyntheticHouseholds synthetic = new SyntheticHouseholds(7, json, rules.current().catalogue().programmes().keySet());
		Map<String, Long> failing = new HashMap<>();
		Map<String, Long> eligible = new HashMap<>();
		Map<String, Long> inVillage = new HashMap<>();
		long people = 0;
		LocalDate date = LocalDate.of(2025, 5, 1);
		List<String> villages = List.of("40030101", "40030102", "40030201");
		for (int n = 1; n <= 30; n++) {
			String village = villages.get(n % villages.size());
			Survey survey = synthetic.next(village, date);
			// an earlier visit of the same household must not count: only the latest does
			households.keep(new HouseholdCode(village, n), synthetic.next(village, date.minusYears(1)), "t", Scope.EVERYWHERE);
			assertThat(households.keep(new HouseholdCode(village, n), survey, "t", Scope.EVERYWHERE).ok()).isTrue();
			Assessment a = assessor.assess(survey, Language.TH);
			Set<String> indicators = new HashSet<>();
			a.deficits().forEach(d -> indicators.add(d.indicator()));
			indicators.forEach(i -> failing.merge(i, 1L, Long::sum));
			a.recommendations().forEach(r -> eligible.merge(r.programme(), 1L, Long::sum));
			inVillage.merge(village, 1L, Long::sum);
			people += survey.members().size();
		}
		households.keep(new HouseholdCode("50010101", 1), synthetic.next("50010101", date), "t", Scope.EVERYWHERE);

		// district 4003 is this test's own: other tests sharing the application context keep elsewhere
		Summary district = summaries.of("4003", Locale.ENGLISH);
		assertThat(district.households()).isEqualTo(30);
		assertThat(district.people()).isEqualTo(people);
		assertThat(district.indicators()).allSatisfy(i -> {
			assertThat(i.households()).as(i.indicator()).isEqualTo(failing.get(i.indicator()));
			assertThat(i.share()).isEqualTo(failing.get(i.indicator()) / 30.0);
		});
		assertThat(district.indicators()).hasSize(failing.size());
		assertThat(district.programmes()).filteredOn(p -> p.eligible() > 0)
			.allSatisfy(p -> assertThat(p.eligible()).as(p.programme()).isEqualTo(eligible.get(p.programme())));
		assertThat(district.children()).extracting(Summary.Child::code).containsExactly("400301", "400302");
		assertThat(district.children().get(0).households())
			.isEqualTo(inVillage.get("40030101") + inVillage.get("40030102"));

		Summary village = summaries.of("40030102", Locale.ENGLISH);
		assertThat(village.households()).isEqualTo(inVillage.get("40030102"));
		assertThat(village.children()).isEmpty();
		Summary province = summaries.of("40", Locale.ENGLISH);
		assertThat(province.children()).filteredOn(c -> c.code().equals("4003")).singleElement()
			.satisfies(c -> assertThat(c.households()).isEqualTo(30));
		assertThat(province.households()).isEqualTo(province.children().stream().mapToLong(Summary.Child::households).sum());

		// the official of province 40 may not open another province's summary
		mvc.perform(get("/api/v1/summaries/50").with(httpBasic("official", "siao-official"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/summaries/4003").with(httpBasic("official", "siao-official"))).andExpect(status().isOk());
		String csv = mvc.perform(get("/summaries/4003/indicators.csv").with(user("official").roles("OFFICIAL")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().skip(1)).hasSize(failing.size());
		mvc.perform(get("/summaries/50").with(user("official").roles("OFFICIAL"))).andExpect(status().isNotFound());
	}

}
