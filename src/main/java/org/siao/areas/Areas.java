package org.siao.areas;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Thailand's provinces, districts and sub-districts with their DOPA codes, read once at start and
 * never changed. Lists come sorted by Thai name in Thai dictionary order, as officials know them.
 */
public final class Areas {

	private final Map<String, Area> byCode;

	private final Map<String, List<Area>> children;

	private final List<Area> provinces;

	Areas(List<Area> areas) {
		Collator thai = Collator.getInstance(Locale.forLanguageTag("th"));
		Comparator<Area> order = Comparator.comparing(Area::nameTh, thai).thenComparing(Area::code);
		Map<String, Area> codes = new LinkedHashMap<>();
		Map<String, ArrayList<Area>> kids = new HashMap<>();
		for (Area area : areas) {
			codes.put(area.code(), area);
			if (area.parentCode() != null) {
				kids.computeIfAbsent(area.parentCode(), k -> new ArrayList<>()).add(area);
			}
		}
		this.byCode = Map.copyOf(codes);
		Map<String, List<Area>> sorted = new HashMap<>();
		kids.forEach((parent, list) -> sorted.put(parent, list.stream().sorted(order).toList()));
		this.children = Map.copyOf(sorted);
		this.provinces = areas.stream().filter(a -> a.level() == Area.Level.PROVINCE).sorted(order).toList();
	}

	/** Reads {@code areas/areas.csv} from the classpath; a missing or broken file stops the start. */
	public static Areas load() {
		return new Areas(AreaFile.read(AreaFile.RESOURCE));
	}

	public List<Area> provinces() {
		return provinces;
	}

	/** The districts of a province; empty for an unknown code. */
	public List<Area> districts(String provinceCode) {
		return below(provinceCode, Area.Level.PROVINCE);
	}

	/** The sub-districts of a district; empty for an unknown code. */
	public List<Area> subdistricts(String districtCode) {
		return below(districtCode, Area.Level.DISTRICT);
	}

	/** The areas directly inside the given one (none for a sub-district). */
	public List<Area> children(String code) {
		return code == null ? List.of() : children.getOrDefault(code, List.of());
	}

	public Optional<Area> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	/** How many areas there are in all. */
	public int size() {
		return byCode.size();
	}

	private List<Area> below(String code, Area.Level level) {
		return find(code).filter(a -> a.level() == level).map(a -> children(a.code())).orElse(List.of());
	}

}
