package org.siao.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.siao.security.SecurityConfiguration.Users.UserEntry;
import org.siao.users.AppUser;
import org.siao.users.UserStore;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Officials assess and read; policy staff also create drafts, publish and roll back; administrators
 * manage users. Users are kept in the database with hashed passwords and an area; those in
 * configuration ({@code siao.security.users}) are added at start when missing.
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

	static final String ADMIN = "ADMIN";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, ApiTokens tokens) throws Exception {
		AuthenticationEntryPoint refuse = (request, response, e) -> {
			if (e instanceof SignInThrottled throttled) {
				SignInProblems.throttled(request, response, throttled.retryAfterSeconds());
			}
			else {
				SignInProblems.unauthorized(request, response);
			}
		};
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(signIn)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// a stateless client neither signs out at /logout (it drops its token, or revokes it at
			// DELETE /api/v1/tokens/current) nor is sent back to a saved request after signing in: two filters
			// that would only look at every API call and pass it on
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(refuse))
			.exceptionHandling(e -> e
				.authenticationEntryPoint(refuse)
				.accessDeniedHandler((request, response, ex) -> SignInProblems.forbidden(request, response)))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(POLICY)
				.requestMatchers("/api/v1/drafts/**").hasRole(POLICY)
				.requestMatchers(HttpMethod.POST, "/api/v1/rules/**").hasRole(POLICY)
				.requestMatchers("/api/v1/users/**").hasRole(ADMIN)
				.requestMatchers("/api/v1/households/**", "/api/v1/summaries/**", "/api/v1/imports/**")
				.hasAnyRole(OFFICIAL, POLICY, ADMIN)
				.requestMatchers("/api/v1/**").hasAnyRole(OFFICIAL, POLICY)
				.anyRequest().denyAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn) throws Exception {
		var failed = new ExceptionMappingAuthenticationFailureHandler();
		failed.setDefaultFailureUrl("/login?error");
		failed.setExceptionMappings(Map.of(SignInThrottled.class.getName(), "/login?error=wait"));
		http.authenticationManager(signIn)
			.formLogin(form -> form.loginPage("/login").failureHandler(failed).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// a new session id at sign-in, so a session id planted before it is worthless
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.csrf(Customizer.withDefaults())
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/fonts/**", "/images/**", "/favicon.ico",
						"/problems/**", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/policy/**").hasRole(POLICY)
				.requestMatchers("/admin/**").hasRole(ADMIN)
				.requestMatchers("/households/**", "/summaries/**", "/imports/**").hasAnyRole(OFFICIAL, POLICY, ADMIN)
				.anyRequest().hasAnyRole(OFFICIAL, POLICY));
		return http.build();
	}

	/** Form, HTTP Basic and token sign-ins alike: cached when verified, throttled when failing. */
	@Bean
	AuthenticationManager signIn(UserDetailsService users, PasswordEncoder encoder, VerifiedPasswords verified,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new PasswordSignIn(passwords, users, verified, throttle));
	}

	@Bean
	VerifiedPasswords verifiedPasswords(@Value("${siao.security.basic-cache:5m}") Duration lifetime) {
		return new VerifiedPasswords(lifetime, Ticker.systemTicker());
	}

	@Bean
	ApiTokens apiTokens(@Value("${siao.security.tokens.idle:30m}") Duration idle,
			@Value("${siao.security.tokens.lifetime:8h}") Duration lifetime, VerifiedPasswords verified) {
		return new ApiTokens(idle, lifetime, Ticker.systemTicker(), Clock.systemUTC(), verified);
	}

	@Bean
	SignInThrottle signInThrottle() {
		return new SignInThrottle(SignInThrottle.Policy.standard(), Ticker.systemTicker());
	}

	/**
	 * Spring Security would open a Micrometer observation around each of its filters on every
	 * request, a measurable share of a cheap request's time; the request as a whole is still timed
	 * ({@code http.server.requests}) and sign-ins are logged.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Users live in the database (the admin page manages them); those in configuration are added at
	 * start when missing, so a fresh install has its first administrator.
	 */
	@Bean
	UserStore users(Users users, JdbcClient jdbc) {
		UserStore store = new UserStore(jdbc);
		store.seed(users.users().stream().map(u -> new AppUser(u.name(), u.roles(), u.area(), true)).toList(),
				users.users().stream().map(UserEntry::password).toList());
		return store;
	}

	/**
	 * {@code siao.security.users[0].name=...}, {@code .password={bcrypt}...}, {@code .roles=OFFICIAL},
	 * {@code .area=40} (the province, district or sub-district code the user looks after; none for all)
	 */
	@ConfigurationProperties("siao.security")
	record Users(List<UserEntry> users) {

		Users {
			users = users == null ? List.of() : List.copyOf(users);
		}

		record UserEntry(String name, String password, List<String> roles, String area) {
		}

	}

}
