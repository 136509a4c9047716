package org.siao.areas;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AreasConfiguration {

	@Bean
	Areas areas() {
		return Areas.load();
	}

}
