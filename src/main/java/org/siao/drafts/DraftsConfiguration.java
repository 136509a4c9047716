package org.siao.drafts;

import java.time.Clock;
import java.time.Duration;

import org.siao.rulebook.RuleBookLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DraftsConfiguration {

	@Bean
	Drafts drafts(RuleBookLoader loader, @Value("${siao.drafts.maximum:20}") int maximum,
			@Value("${siao.drafts.idle:2h}") Duration idle) {
		return new Drafts(loader, Clock.systemUTC(), maximum, idle);
	}

}
