package org.siao.users;

/**
 * The households a user may see and change: those whose village code starts with the area code.
 * A null area sees everything.
 */
public record Scope(String area) {

	public static final Scope EVERYWHERE = new Scope(null);

	public Scope {
		if (area != null && !area.matches("\\d{2}|\\d{4}|\\d{6}")) {
			throw new IllegalArgumentException("an area is a 2, 4 or 6 digit code");
		}
	}

	/** Whether a household of this village is inside the area. */
	public boolean covers(String village) {
		return area == null || (village != null && village.startsWith(area));
	}

	/** Whether the area code (province, district, sub-district or village) is inside this scope, or contains it. */
	public boolean overlaps(String code) {
		return area == null || code.startsWith(area) || area.startsWith(code);
	}

	/**
	 * The SQL condition on a household table aliased {@code h}, with the parameter {@code :area}.
	 * Equality on the column of the area's level, so the index is used on every database.
	 */
	public String condition() {
		if (area == null) {
			return "1=1";
		}
		return switch (area.length()) {
			case 2 -> "h.province = :area";
			case 4 -> "h.district = :area";
			default -> "h.subdistrict = :area";
		};
	}

}
