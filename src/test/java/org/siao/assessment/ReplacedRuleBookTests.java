package org.siao.assessment;

import java.lang.ref.WeakReference;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publish replaces the live rule book many times over a service's life: what assessments keep
 * per rule book (its index, its words) must let a replaced one go, or every publish leaks a book.
 */
class ReplacedRuleBookTests {

	@Test
	void aRuleBookNoLongerUsedIsLetGoAfterAssessing() throws InterruptedException {
		List<Case> cases = CasebookReader.read(Path.of("casebook"));
		WeakReference<RuleBook> replaced = assessedOnce(cases);
		// a newer book is used afterwards, as after a publish, so no "last book" shortcut holds the old one
		assessedOnce(cases);
		for (int i = 0; i < 50 && replaced.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertThat(replaced.get()).as("the replaced rule book").isNull();
	}

	private static WeakReference<RuleBook> assessedOnce(List<Case> cases) {
		RuleBook book = new RuleBookLoader(Clock.systemUTC()).load(RulesFolder.read(Path.of("rules")));
		for (Case c : cases.subList(0, 3)) {
			Assessor.assess(book, c.survey(), Language.TH);
			Assessor.assess(book, c.survey(), Language.EN);
		}
		return new WeakReference<>(book);
	}

}
