package org.siao.policy;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The links of the public documents the rules cite by key ({@code rules/sources.yaml}), for the grid. */
final class PublicSources {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private PublicSources() {
	}

	/** Key → link; empty when the release has no sources file or it cannot be read (the loader reports that). */
	static Map<String, String> read(byte[] yaml) {
		Map<String, String> links = new LinkedHashMap<>();
		if (yaml == null) {
			return links;
		}
		try {
			JsonNode root = YAML.readTree(yaml);
			root.properties().forEach(e -> {
				JsonNode link = e.getValue().get("link");
				if (link != null && link.isString() && link.asString().startsWith("http")) {
					links.put(e.getKey(), link.asString());
				}
			});
		}
		catch (RuntimeException e) {
			return Map.of();
		}
		return links;
	}

}
