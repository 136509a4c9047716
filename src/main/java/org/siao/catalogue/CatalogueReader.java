package org.siao.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads catalogue/indicators.yaml and catalogue/programmes.yaml from a rules folder. */
public final class CatalogueReader {

	public static final String INDICATORS = "catalogue/indicators.yaml";

	public static final String PROGRAMMES = "catalogue/programmes.yaml";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private CatalogueReader() {
	}

	/** @throws CatalogueException naming the file and what is wrong */
	public static Catalogue read(byte[] indicatorsYaml, byte[] programmesYaml) {
		Map<String, IndicatorEntry> indicators = parse(INDICATORS, indicatorsYaml, new TypeReference<>() {
		});
		Map<String, ProgrammeEntry> programmes = parse(PROGRAMMES, programmesYaml, new TypeReference<>() {
		});
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		indicators.forEach((code, e) -> byCode.put(code, e.toIndicator(code)));
		Map<String, Programme> programmesByCode = new LinkedHashMap<>();
		programmes.forEach((code, e) -> programmesByCode.put(code, e.toProgramme(code)));
		programmesByCode.values().forEach(p -> p.answers().stream().filter(a -> !byCode.containsKey(a)).findFirst()
			.ifPresent(a -> {
				throw new CatalogueException(PROGRAMMES, p.code() + ".answers names " + a + ", which is not an indicator");
			}));
		return new Catalogue(byCode, programmesByCode);
	}

	private static <T> Map<String, T> parse(String file, byte[] yaml, TypeReference<LinkedHashMap<String, T>> type) {
		if (yaml == null) {
			throw new CatalogueException(file, "is missing");
		}
		try {
			Map<String, T> entries = YAML.readValue(yaml, type);
			entries.forEach((code, entry) -> {
				if (entry == null) {
					throw new CatalogueException(file, code + " has no fields");
				}
				if (entry instanceof Checked c) {
					c.check(file, code);
				}
			});
			return entries;
		}
		catch (JacksonException e) {
			throw new CatalogueException(file, e.getOriginalMessage() + " at " + e.getPathReference());
		}
	}

	interface Checked {

		void check(String file, String code);

		default void require(String file, String code, String field, Object value) {
			if (value == null || (value instanceof Text t && (t.th() == null || t.en() == null))) {
				throw new CatalogueException(file, code + "." + field + " is required (with th and en for texts)");
			}
		}

		/** A field staff may leave out; when given, a text needs both languages. */
		default void optional(String file, String code, String field, Text value) {
			if (value != null) {
				require(file, code, field, value);
			}
		}

	}

	/** {@code urgent}: why help for this deficit comes first, in Thai and English; absent when it does not. */
	record IndicatorEntry(Dimension dimension, Integer bmn, String tpmap, Text name, Text urgent, String source)
			implements Checked {

		public void check(String file, String code) {
			require(file, code, "dimension", dimension);
			require(file, code, "name", name);
			require(file, code, "source", source);
			optional(file, code, "urgent", urgent);
		}

		Indicator toIndicator(String code) {
			return new Indicator(code, dimension, bmn, tpmap, name, urgent != null, urgent, source);
		}

	}

	record ProgrammeEntry(Text name, Text agency, Programme.Kind kind, Programme.Scope scope, Integer priority,
			String exclusiveGroup, BigDecimal householdCap, Text benefit, Programme.Per per, List<Document> documents,
			String source, String status, Text apply, Text urgent, List<String> answers) implements Checked {

		public void check(String file, String code) {
			require(file, code, "name", name);
			require(file, code, "agency", agency);
			require(file, code, "kind", kind);
			require(file, code, "scope", scope);
			require(file, code, "priority", priority);
			require(file, code, "benefit", benefit);
			require(file, code, "source", source);
			require(file, code, "status", status);
			optional(file, code, "apply", apply);
			optional(file, code, "urgent", urgent);
			if (documents != null) {
				documents.forEach(d -> {
					if (d == null || d.th() == null || d.en() == null) {
						throw new CatalogueException(file, code + ".documents: every document needs th and en");
					}
				});
			}
		}

		Programme toProgramme(String code) {
			return new Programme(code, name, agency, kind, scope, priority, exclusiveGroup, householdCap, benefit, per,
					documents, source, status, apply, urgent, answers);
		}

	}

	/** A catalogue file that cannot be read. */
	public static class CatalogueException extends RuntimeException {

		private final String file;

		CatalogueException(String file, String message) {
			super(message);
			this.file = file;
		}

		public String file() {
			return file;
		}

	}

}
