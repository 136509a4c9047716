package org.siao.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;
import org.siao.survey.Profile;
import org.siao.survey.Survey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words kept once per rule book and language are the words an assessment would make itself:
 * a condition, a phrase, a column's name and a cited row, for every row of every table the
 * casebook's households reach, in both languages, and the same again when asked a second time.
 */
class BookWordsTests {

	private static final RuleBook BOOK = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));

	private static final List<Survey> SURVEYS = CasebookReader.read(Path.of("casebook")).stream().map(Case::survey).toList();

	@Test
	void keptWordsAreTheWordsMadeAfresh() {
		for (Language language : Language.values()) {
			BookWords kept = BookWords.of(BOOK, language);
			assertThat(BookWords.of(BOOK, language)).isSameAs(kept);
			Explanations cached = new Explanations(new Wording(language, BOOK.catalogue(), kept));
			Wording fresh = new Wording(language, BOOK.catalogue());
			Explanations uncached = new Explanations(fresh);
			for (Survey survey : SURVEYS) {
				Evaluation evaluation = Evaluation.run(BOOK, Profile.of(survey));
				for (ProgrammeOutcome o : evaluation.programmeOutcomes()) {
					for (var rows : List.of(o.verdict().matched(), o.verdict().pending(), o.verdict().nearMisses())) {
						for (var row : rows) {
							assertThat(cached.cite(o.verdict().table(), row.row())).isEqualTo(Explanations.ref(o.verdict().table(), row.row()));
							for (var cell : row.cells()) {
								for (int twice = 0; twice < 2; twice++) {
									assertThat(cached.condition(cell)).isEqualTo(uncached.condition(cell));
									assertThat(cached.phrase(cell)).isEqualTo(fresh.phrase(cell));
								}
								assertThat(kept.label(cell.column().name())).isEqualTo(fresh.label(cell.column().name()));
							}
						}
					}
				}
			}
		}
	}

	@Test
	void eachRuleBookHasItsOwnWords() {
		RuleBook other = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		assertThat(BookWords.of(other, Language.TH)).isNotSameAs(BookWords.of(BOOK, Language.TH));
		assertThat(BookWords.of(BOOK, Language.TH)).isNotSameAs(BookWords.of(BOOK, Language.EN));
	}

}
