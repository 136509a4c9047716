package org.siao.assessment.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siao.areas.Area;
import org.siao.areas.Areas;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The location pickers' lists: every province, the districts of the chosen province, the
 * sub-districts of the chosen district. A choice that does not belong under its parent (the
 * province changed) is dropped, so the pickers never show a district of another province.
 */
@Component
class AreaChoices {

	private final Areas areas;

	AreaChoices(Areas areas) {
		this.areas = areas;
	}

	/** An area as a picker shows it: its code and its name in the page's language. */
	public record Choice(String code, String name) {
	}

	void fill(Model page, SurveyForm form, Locale locale) {
		String province = form.value("location.province");
		String district = form.value("location.district");
		if (!district.startsWith(province) || province.isEmpty()) {
			form.set("location.district", "");
			form.set("location.subdistrict", "");
			district = "";
		}
		else if (!form.value("location.subdistrict").startsWith(district) || district.isEmpty()) {
			form.set("location.subdistrict", "");
		}
		page.addAttribute("areas", Map.of(
				"province", choices(areas.provinces(), locale),
				"district", province.isEmpty() ? List.of() : choices(areas.districts(province), locale),
				"subdistrict", district.isEmpty() ? List.of() : choices(areas.subdistricts(district), locale)));
	}

	private static List<Choice> choices(List<Area> list, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return list.stream().map(a -> new Choice(a.code(), english ? a.nameEn() : a.nameTh())).toList();
	}

}
