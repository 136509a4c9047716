package org.siao.drafts;

import java.time.Clock;
import java.time.Duration;

import org.siao.releases.LiveReleases;
import org.siao.releases.RulesCompiler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DraftsConfiguration {

	@Bean(destroyMethod = "shutdown")
	DraftChecks draftChecks(@Value("${siao.drafts.check-threads:1}") int threads,
			@Value("${siao.drafts.check-queue:4}") int queue, @Value("${siao.drafts.check-timeout:20s}") Duration timeout) {
		return new DraftChecks(threads, queue, timeout);
	}

	/** {@code siao.rules.four-eyes}: a publish waits for a second policy officer's approval. */
	@Bean
	RuleDrafts drafts(LiveReleases releases, RulesCompiler compiler, DraftChecks checks, ObjectProvider<Clock> clock,
			@Value("${siao.rules.four-eyes:false}") boolean fourEyes, @Value("${siao.drafts.maximum:20}") int maximum,
			@Value("${siao.drafts.idle:2h}") Duration idle) {
		return new RuleDrafts(releases, compiler, checks, clock.getIfAvailable(Clock::systemUTC), fourEyes, maximum, idle);
	}

}
