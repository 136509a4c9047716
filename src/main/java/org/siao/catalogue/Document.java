package org.siao.catalogue;

/**
 * A document to bring, in Thai and English. {@code onlyIf} names a yes/no survey fact
 * ("inSchool"): the document is left out for a member for whom that fact is known to be false
 * (no proof of enrolment for a child out of school). Null: always asked for.
 */
public record Document(String th, String en, String onlyIf) {

	public String in(Language language) {
		return language == Language.EN && en != null ? en : th;
	}

}
