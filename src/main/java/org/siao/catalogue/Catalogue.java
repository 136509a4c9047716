package org.siao.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The indicators and programmes of one rules version, in file order. */
public record Catalogue(Map<String, Indicator> indicators, Map<String, Programme> programmes) {

	public Catalogue {
		indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
		programmes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(programmes));
	}

	public Optional<Indicator> indicator(String code) {
		return Optional.ofNullable(indicators.get(code));
	}

	public Optional<Programme> programme(String code) {
		return Optional.ofNullable(programmes.get(code));
	}

	public Collection<Programme> allProgrammes() {
		return programmes.values();
	}

}
