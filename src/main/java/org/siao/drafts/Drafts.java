package org.siao.drafts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

/**
 * Drafts by id, each compiled once: the same files uploaded twice are the same draft, and every
 * later check of it is instant. Bounded: compiled rules are large, and drafts are working copies.
 * The check itself runs on {@link DraftChecks}, within its time limit.
 */
final class Drafts {

	private final Cache<String, Draft> drafts;

	private final Function<RulesFolder, RuleBookLoader.Report> check;

	private final DraftChecks checks;

	private final Clock clock;

	Drafts(Function<RulesFolder, RuleBookLoader.Report> check, DraftChecks checks, Clock clock, int maximum, Duration idle) {
		this.check = check;
		this.checks = checks;
		this.clock = clock;
		this.drafts = Caffeine.newBuilder().maximumSize(maximum).expireAfterAccess(idle).build();
	}

	Draft create(Map<String, byte[]> files, String basedOn, String user) {
		RulesFolder folder = RulesFolder.of("draft", files);
		Draft known = drafts.getIfPresent(folder.version());
		if (known != null) {
			return known;
		}
		RuleBookLoader.Report report = checks.run(() -> check.apply(folder));
		Draft draft = new Draft(folder.version(), basedOn, user, clock.instant(), report);
		Draft raced = drafts.asMap().putIfAbsent(draft.id(), draft);
		return raced == null ? draft : raced;
	}

	Optional<Draft> find(String id) {
		return Optional.ofNullable(drafts.getIfPresent(id));
	}

}
