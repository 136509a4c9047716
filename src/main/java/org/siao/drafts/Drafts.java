package org.siao.drafts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

/**
 * Drafts by id, each compiled once: the same files uploaded twice are the same draft, and every
 * later check of it is instant. Bounded: compiled rules are large, and drafts are working copies.
 */
final class Drafts {

	private final Cache<String, Draft> drafts;

	private final RuleBookLoader loader;

	private final Clock clock;

	Drafts(RuleBookLoader loader, Clock clock, int maximum, Duration idle) {
		this.loader = loader;
		this.clock = clock;
		this.drafts = Caffeine.newBuilder().maximumSize(maximum).expireAfterAccess(idle).build();
	}

	Draft create(Map<String, byte[]> files, String basedOn, String user) {
		RulesFolder folder = RulesFolder.of("draft", files);
		return drafts.get(folder.version(), id -> new Draft(id, basedOn, user, clock.instant(), loader.check(folder)));
	}

	Optional<Draft> find(String id) {
		return Optional.ofNullable(drafts.getIfPresent(id));
	}

}
