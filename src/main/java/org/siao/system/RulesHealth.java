package org.siao.system;

import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBooks;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP while live rules are loaded, which is from start to stop: a service that cannot load its rules
 * does not start. A change on disk that failed its checks leaves the last good rules live, so the
 * service stays UP and the failure shows in the details.
 */
@Component("rules")
class RulesHealth implements HealthIndicator {

	private final RuleBooks books;

	RulesHealth(RuleBooks books) {
		this.books = books;
	}

	@Override
	public Health health() {
		RuleBook book = books.current();
		if (book == null) {
			return Health.down().withDetail("state", "NO_RULES").build();
		}
		RuleBooks.Status status = books.status();
		Health.Builder health = Health.up().withDetail("version", book.version()).withDetail("state", status.state())
			.withDetail("since", status.at());
		if (status.failedVersion() != null) {
			health.withDetail("refusedVersion", status.failedVersion()).withDetail("errors", status.errors().size());
		}
		return health.build();
	}

}
