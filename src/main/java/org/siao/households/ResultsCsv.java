package org.siao.households;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.siao.areas.Area;
import org.siao.areas.Areas;
import org.siao.users.Scope;

/**
 * The results of an area's households as CSV, every household of the area and none outside it,
 * written as they are read (a page of households at a time), so a province of a million is no
 * more memory than a village. The header is stable codes, the same in every language, so scripts
 * and spreadsheets keep working; the district and sub-district names are in the user's language.
 * Lists (deficits, programmes) are codes separated by {@code ;}, a member's after {@code @}.
 */
public final class ResultsCsv {

	static final String HEADER = "household,province,district,district_name,subdistrict,subdistrict_name,village,"
			+ "visit_date,rules_version,members,baht_per_year_min,baht_per_year_max,deficits,programmes,open_plan_items";

	private final Households households;

	private final Areas areas;

	ResultsCsv(Households households, Areas areas) {
		this.households = households;
		this.areas = areas;
	}

	/** Writes the header and one line per household of the scope; the writer is flushed now and then, never closed. */
	public void write(Scope scope, Locale locale, Writer out) throws IOException {
		out.write(HEADER);
		out.write('\n');
		Map<String, String> names = new HashMap<>();
		try {
			households.forEachResult(scope, r -> {
				String district = r.village().substring(0, 4);
				String subdistrict = r.village().substring(0, 6);
				try {
					out.write(line(r.code(), r.village().substring(0, 2), district,
							names.computeIfAbsent(district, c -> name(c, locale)), subdistrict,
							names.computeIfAbsent(subdistrict, c -> name(c, locale)), r.village(), r.visitDate(),
							r.rulesVersion(), r.members(), r.perYearMin(), r.perYearMax(), String.join(";", r.deficits()),
							String.join(";", r.help()), r.openItems()[0]));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		out.flush();
	}

	private String name(String code, Locale locale) {
		return areas.find(code).map((Area a) -> a.name(locale)).orElse("");
	}

	private static String line(Object... values) {
		StringBuilder line = new StringBuilder();
		for (Object value : values) {
			if (!line.isEmpty()) {
				line.append(',');
			}
			String text = value == null ? "" : String.valueOf(value);
			line.append(text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"");
		}
		return line.append('\n').toString();
	}

}
