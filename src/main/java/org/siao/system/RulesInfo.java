package org.siao.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBooks;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info}: which rules are live, the version every answer carries. */
@Component
class RulesInfo implements InfoContributor {

	private final RuleBooks books;

	RulesInfo(RuleBooks books) {
		this.books = books;
	}

	@Override
	public void contribute(Info.Builder info) {
		RuleBook book = books.current();
		Map<String, Object> rules = new LinkedHashMap<>();
		rules.put("version", book.version());
		rules.put("origin", book.folder().origin());
		rules.put("loadedAt", book.loadedAt());
		rules.put("state", books.status().state());
		info.withDetail("rules", rules);
	}

}
