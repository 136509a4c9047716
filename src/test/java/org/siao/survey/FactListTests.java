package org.siao.survey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact is defined once, in {@link Fact}; the README's list and the labels the pages show must
 * follow it. When this fails, run {@code FactList.main} (or add the missing words).
 */
class FactListTests {

	@Test
	void theRulesReadmeListsTheFactsAsFactDefinesThem() throws Exception {
		String readme = Files.readString(Path.of("rules/README.md"));
		assertThat(readme).as("rules/README.md differs from Fact.java: run org.siao.survey.FactList")
			.isEqualTo(FactList.withCurrentList(readme));
		for (Fact fact : Fact.values()) {
			assertThat(readme).contains("| `" + fact.factName() + "` |");
		}
	}

	@Test
	void everyFactHasItsLabelInThaiAndEnglishAndTheUnitTheFactDeclares() {
		ResourceBundle english = Fact.words(Locale.ENGLISH);
		ResourceBundle thai = Fact.words(Locale.forLanguageTag("th"));
		for (Fact fact : Fact.values()) {
			String key = "fact." + fact.factName();
			assertThat(english.containsKey(key + ".label")).as(key + ".label in English").isTrue();
			assertThat(thai.containsKey(key + ".label")).as(key + ".label in Thai").isTrue();
			assertThat(thai.getString(key + ".label")).as(key + ".label is translated").isNotEqualTo(english.getString(key + ".label"));
			if (fact.unit() == null) {
				assertThat(english.containsKey(key + ".unit")).as(key + " has no unit").isFalse();
			}
			else {
				assertThat(english.getString(key + ".unit")).as(key + ".unit").isEqualTo(fact.unit());
				assertThat(thai.containsKey(key + ".unit")).as(key + ".unit in Thai").isTrue();
			}
		}
	}

	@Test
	void theWordsNameNoFactThatDoesNotExist() {
		ResourceBundle english = Fact.words(Locale.ENGLISH);
		for (String key : english.keySet()) {
			if (key.startsWith("fact.") && key.endsWith(".label")) {
				String name = key.substring("fact.".length(), key.length() - ".label".length());
				assertThat(Fact.named(name)).as(key + " names a fact").isPresent();
			}
		}
	}

}
