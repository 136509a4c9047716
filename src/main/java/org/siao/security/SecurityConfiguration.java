package org.siao.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
 * <p>
 * Two doors: the API (and the actuator) is stateless and takes a token or HTTP Basic, answering
 * 401/403 as problem JSON; the pages sign in with a form, keep a session and need a CSRF token on
 * every form they post.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityConfiguration.Users.class)
class SecurityConfiguration {

	static final String OFFICIAL = "OFFICIAL";

	static final String POLICY = "POLICY";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> SignInProblems.unauthorized(request, response)))
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> SignInProblems.unauthorized(request, response))
				.accessDeniedHandler((request, response, ex) -> SignInProblems.forbidden(request, response)))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(POLICY)
				.requestMatchers("/api/v1/drafts/**").hasRole(POLICY)
				.requestMatchers(HttpMethod.POST, "/api/v1/rules/**").hasRole(POLICY)
				.requestMatchers("/api/v1/**").hasAnyRole(OFFICIAL, POLICY)
				.anyRequest().denyAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// a new session id at sign-in, so a session id planted before it is worthless
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.csrf(Customizer.withDefaults())
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/fonts/**", "/images/**", "/favicon.ico",
						"/problems/**", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/policy/**").hasRole(POLICY)
				.anyRequest().hasAnyRole(OFFICIAL, POLICY));
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
