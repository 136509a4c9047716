package org.siao.households;

import java.util.Optional;

/**
 * How a household is known: its village's 8-digit code and a number the official gives it
 * (40010105-12). Pseudonymous on purpose: nothing in it names a person or an address.
 */
public record HouseholdCode(String village, int number) {

	public HouseholdCode {
		if (village == null || !village.matches("\\d{8}")) {
			throw new IllegalArgumentException("a village code has 8 digits");
		}
		if (number < 1 || number > 999_999) {
			throw new IllegalArgumentException("a household number is 1 to 999999");
		}
	}

	/** The code as written, or empty when it is not one (a name typed by mistake, for instance). */
	public static Optional<HouseholdCode> parse(String text) {
		if (text == null || !text.matches("\\d{8}-\\d{1,6}")) {
			return Optional.empty();
		}
		int number = Integer.parseInt(text.substring(9));
		return number < 1 ? Optional.empty() : Optional.of(new HouseholdCode(text.substring(0, 8), number));
	}

	public String province() {
		return village.substring(0, 2);
	}

	public String district() {
		return village.substring(0, 4);
	}

	public String subdistrict() {
		return village.substring(0, 6);
	}

	@Override
	public String toString() {
		return village + "-" + number;
	}

}
