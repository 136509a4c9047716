package org.siao.areas;

import java.net.URI;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The area pickers' data: provinces, then an area with what lies directly inside it. */
@RestController
class AreaController {

	static final URI UNKNOWN_AREA = URI.create("https://siao.example/problems/unknown-area");

	private final Areas areas;

	AreaController(Areas areas) {
		this.areas = areas;
	}

	@GetMapping("/api/v1/areas")
	List<AreaView> provinces(Locale locale) {
		return views(areas.provinces(), locale);
	}

	@GetMapping("/api/v1/areas/{code}")
	AreaDetail area(@PathVariable String code, Locale locale) {
		Area area = areas.find(code).orElseThrow(() -> new UnknownArea(code));
		return new AreaDetail(area.code(), area.level().name(), area.name(locale), area.parentCode(),
				views(areas.children(area.code()), locale));
	}

	@ExceptionHandler(UnknownArea.class)
	ProblemDetail unknown(UnknownArea e, Locale locale) {
		boolean english = locale != null && locale.getLanguage().equals("en");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				english ? "No province, district or sub-district has the code " + e.code
						: "ไม่มีจังหวัด อำเภอ หรือตำบลที่มีรหัส " + e.code);
		problem.setType(UNKNOWN_AREA);
		problem.setTitle(english ? "Unknown area" : "ไม่พบพื้นที่");
		return problem;
	}

	/** English names are listed in English order; Thai names keep the registry's Thai order. */
	private static List<AreaView> views(List<Area> list, Locale locale) {
		List<AreaView> views = list.stream().map(a -> new AreaView(a.code(), a.name(locale))).toList();
		if (locale != null && locale.getLanguage().equals("en")) {
			Collator english = Collator.getInstance(Locale.ENGLISH);
			return views.stream().sorted(Comparator.comparing(AreaView::name, english)).toList();
		}
		return views;
	}

	record AreaView(String code, String name) {
	}

	record AreaDetail(String code, String level, String name, String parent, List<AreaView> children) {
	}

	static final class UnknownArea extends RuntimeException {

		private final String code;

		UnknownArea(String code) {
			super(null, null, false, false);
			// echoed back to the caller, so kept short
			this.code = code.length() > 12 ? code.substring(0, 12) + "…" : code;
		}

	}

}
