package org.siao.catalogue;

/** A text in Thai and English. Thai is the default: the officials in the field read Thai. */
public record Text(String th, String en) {

	public String in(Language language) {
		return language == Language.EN && en != null ? en : th;
	}

}
