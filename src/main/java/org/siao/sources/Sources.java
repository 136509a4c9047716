package org.siao.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.siao.catalogue.Text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The documents of a rules folder's {@code sources.yaml}, by key. */
public final class Sources {

	public static final String FILE = "sources.yaml";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private static final List<String> STATUSES = List.of("CONFIRMED", "SECONDARY");

	private final Map<String, Source> byKey;

	private Sources(Map<String, Source> byKey) {
		this.byKey = byKey;
	}

	public List<Source> all() {
		return List.copyOf(byKey.values());
	}

	public Optional<Source> get(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/**
	 * The documents a source text cites, each with its title and link; empty when it cites none.
	 * @throws Unknown naming the first key that is not in the list
	 */
	public List<Citation> resolve(String sourceText) {
		List<Citation> resolved = new ArrayList<>();
		for (Citation cited : Citation.in(sourceText)) {
			Source source = byKey.get(cited.key());
			if (source == null) {
				throw new Unknown(cited.key());
			}
			resolved.add(new Citation(cited.key(), cited.section() != null ? cited.section() : source.section(),
					source.title().en() != null ? source.title().en() : source.title().th(), source.link()));
		}
		return resolved;
	}

	/**
	 * What is wrong with a row's or entry's source text, in words, or null: it must cite at least
	 * one listed document, or say {@code UNCONFIRMED:} and why.
	 */
	public String problem(String sourceText) {
		if (sourceText == null || sourceText.isBlank()) {
			return "cites no source: name a document of " + FILE + " in square brackets ([key]), or write UNCONFIRMED: and why";
		}
		try {
			if (resolve(sourceText).isEmpty() && !sourceText.strip().startsWith(Citation.UNCONFIRMED)) {
				return "cites no document of " + FILE + ": write its key in square brackets ([key] or [key §section]),"
						+ " or start with UNCONFIRMED: and say why no public source exists";
			}
			return null;
		}
		catch (Unknown e) {
			return "cites [" + e.key() + "], which is not in " + FILE + ": add the document there, or correct the key";
		}
	}

	/** @throws Invalid naming the entry and what is wrong */
	public static Sources read(byte[] yaml) {
		if (yaml == null) {
			throw new Invalid("is missing: the rules cite their sources by key from this list");
		}
		Map<String, Entry> entries;
		try {
			entries = YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, Entry>>() {
			});
		}
		catch (JacksonException e) {
			throw new Invalid(e.getOriginalMessage() + " at " + e.getPathReference());
		}
		Map<String, Source> byKey = new LinkedHashMap<>();
		(entries == null ? Map.<String, Entry>of() : entries).forEach((key, e) -> {
			if (!KEY.matcher(key).matches()) {
				throw new Invalid(key + ": a key is lower-case letters, digits and hyphens");
			}
			if (e == null || e.title() == null || e.title().en() == null || e.issuer() == null || e.link() == null) {
				throw new Invalid(key + " needs a title (with en), an issuer and a link");
			}
			if (!LINK.matcher(e.link()).matches()) {
				throw new Invalid(key + ".link must be a web address (http:// or https://), is " + e.link());
			}
			if (e.status() == null || !STATUSES.contains(e.status())) {
				throw new Invalid(key + ".status must be CONFIRMED or SECONDARY (a document that is not public is not listed:"
						+ " the row says UNCONFIRMED instead)");
			}
			byKey.put(key, new Source(key, e.title(), e.issuer(), e.date(), e.link(), e.section(), e.status()));
		});
		return new Sources(byKey);
	}

	record Entry(Text title, String issuer, String date, String link, String section, String status) {
	}

	/** sources.yaml cannot be read. */
	public static final class Invalid extends RuntimeException {

		Invalid(String message) {
			super(message);
		}

	}

	/** A source text cites a key the list does not have. */
	public static final class Unknown extends RuntimeException {

		private final String key;

		Unknown(String key) {
			super("unknown source " + key);
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

}
