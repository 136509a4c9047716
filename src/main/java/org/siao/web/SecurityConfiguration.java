package org.siao.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Officials assess and read; policy staff also create drafts, publish and roll back. Users come
 * from configuration ({@code siao.security.users}), with hashed passwords.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityConfiguration.Users.class)
class SecurityConfiguration {

	static final String OFFICIAL = "OFFICIAL";

	static final String POLICY = "POLICY";

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problem(response, 401, "Sign in to use Siao",
						"Send a user and password (HTTP Basic)"))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Not allowed",
						"Only policy staff may change the rules")))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error", "/problems/**").permitAll()
				.requestMatchers("/api/v1/drafts/**").hasRole(POLICY)
				.requestMatchers(HttpMethod.POST, "/api/v1/rules/**").hasRole(POLICY)
				.requestMatchers("/api/v1/**").hasAnyRole(OFFICIAL, POLICY)
				.anyRequest().denyAll());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(Users users) {
		return new InMemoryUserDetailsManager(users.users().stream()
			.map(u -> User.withUsername(u.name()).password(u.password()).roles(u.roles().toArray(String[]::new)).build())
			.toList());
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"siao\"");
		}
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}

	/** {@code siao.security.users[0].name=...}, {@code .password={bcrypt}...}, {@code .roles=OFFICIAL} */
	@ConfigurationProperties("siao.security")
	record Users(List<UserEntry> users) {

		Users {
			users = users == null ? List.of() : List.copyOf(users);
		}

		record UserEntry(String name, String password, List<String> roles) {
		}

	}

}
