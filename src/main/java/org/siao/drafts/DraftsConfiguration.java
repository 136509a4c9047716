package org.siao.drafts;

import java.time.Clock;
import java.time.Duration;

import org.siao.rulebook.RuleBookLoader;
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

	@Bean
	Drafts drafts(RuleBookLoader loader, DraftChecks checks, @Value("${siao.drafts.maximum:20}") int maximum,
			@Value("${siao.drafts.idle:2h}") Duration idle) {
		return new Drafts(loader::check, checks, Clock.systemUTC(), maximum, idle);
	}

}
