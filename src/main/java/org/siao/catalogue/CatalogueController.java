package org.siao.catalogue;

import java.util.List;
import java.util.Locale;

import org.siao.rulebook.RuleBooks;
import org.siao.sources.Citation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The indicators, programmes and cited documents of the live rules, in the caller's language. */
@RestController
class CatalogueController {

	private final RuleBooks ruleBooks;

	CatalogueController(RuleBooks ruleBooks) {
		this.ruleBooks = ruleBooks;
	}

	@GetMapping("/api/v1/indicators")
	List<IndicatorView> indicators(Locale locale) {
		Language language = Language.of(locale);
		return ruleBooks.current().catalogue().indicators().values().stream()
			.map(i -> new IndicatorView(i.code(), i.name().in(language), i.dimension().name(),
					i.dimension().title().in(language), i.bmn(), i.tpmap(), i.urgent(), i.source(),
					ruleBooks.current().sources().resolve(i.source())))
			.toList();
	}

	/** The public documents the tables and the catalogue cite, by the key they cite them with. */
	@GetMapping("/api/v1/sources")
	List<SourceView> sources(Locale locale) {
		Language language = Language.of(locale);
		return ruleBooks.current().sources().all().stream()
			.map(s -> new SourceView(s.key(), s.title().in(language) == null ? s.title().en() : s.title().in(language),
					s.issuer(), s.date(), s.link(), s.section(), s.status()))
			.toList();
	}

	@GetMapping("/api/v1/programmes")
	List<ProgrammeView> programmes(Locale locale) {
		Language language = Language.of(locale);
		return ruleBooks.current().catalogue().allProgrammes().stream()
			.map(p -> new ProgrammeView(p.code(), p.name().in(language), p.kind().name(), p.scope().name(),
					p.agency().in(language), p.apply() == null ? null : p.apply().in(language), p.benefit().in(language),
					p.per() == null ? null : p.per().name(),
					p.documents().stream().map(d -> d.in(language)).toList(), p.exclusiveGroup(), p.source(),
					ruleBooks.current().sources().resolve(p.source()), p.status()))
			.toList();
	}

	record IndicatorView(String code, String name, String dimension, String dimensionName, Integer bmn, String tpmap,
			boolean urgent, String source, List<Citation> citations) {
	}

	record SourceView(String key, String title, String issuer, String date, String link, String section, String status) {
	}

	record ProgrammeView(String code, String name, String kind, String scope, String agency, String apply, String benefit,
			String per, List<String> documents, String exclusiveGroup, String source, List<Citation> citations,
			String sourceStatus) {
	}

}
