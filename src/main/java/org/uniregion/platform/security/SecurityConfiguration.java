package org.uniregion.platform.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three ways in: the web UI by form login and session; the API by personal access token (or the UI's
 * session); and token management, which also accepts HTTP Basic so that a script can get its first token.
 * Who may see what is not decided here but in {@link org.uniregion.platform.AccessPolicy}; this class
 * only requires authentication and the coarse role of whole areas.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Swagger UI needs inline styles and its own initializer; it gets a slightly wider policy. */
	static final String CSP_SWAGGER = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	/**
	 * No observation of each security filter, authentication and authorization: nothing reads these metrics (the
	 * actuator exposes health and info only), and wrapping every filter of every request in an observation took about
	 * a tenth of the CPU of a small API list (load test, issue 9).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		String id = "argon2";
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(id,
				Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	@Bean
	AuthenticationManager authenticationManager(UserAccountService users, PasswordEncoder encoder, LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	/**
	 * Session-authenticated requests need a CSRF token; requests that carry their own credentials do not: one
	 * that a bearer token authenticated, or one with an {@code Authorization} header and no session (HTTP Basic, or
	 * credentials that will be refused). A session with any other {@code Authorization} header still needs it.
	 */
	static RequestMatcher csrfRequired() {
		return request -> !isSafe(request) && !BearerTokenFilter.authenticated(request)
				&& (request.getHeader(HttpHeaders.AUTHORIZATION) == null || request.isRequestedSessionIdValid());
	}

	private static boolean isSafe(HttpServletRequest request) {
		String m = request.getMethod();
		return HttpMethod.GET.matches(m) || HttpMethod.HEAD.matches(m) || HttpMethod.OPTIONS.matches(m) || HttpMethod.TRACE.matches(m);
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenManagement(HttpSecurity http, AuthenticationManager authManager, ProblemResponses problems)
			throws Exception {
		http.securityMatcher("/api/v1/me/tokens", "/api/v1/me/tokens/**")
			.authenticationManager(authManager)
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(problems.unauthorized()))
			.csrf(c -> c.requireCsrfProtectionMatcher(csrfRequired()))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()))
			.requestCache(RequestCacheConfigurer::disable)
			.logout(LogoutConfigurer::disable)
			.headers(h -> commonHeaders(h, CSP));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authManager, AuthenticatedTokens tokens,
			ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authManager)
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/**", "/api/v1/classifications",
						"/api/v1/classifications/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/public/demands", "/api/v1/public/results/*/interest").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/catalog/results", "/api/v1/catalog/results/**").permitAll()
				// Anonymous callers search the published results (the access policy scopes every hit).
				.requestMatchers(HttpMethod.GET, "/api/v1/search", "/api/v1/search/catalogs").permitAll()
				.anyRequest().authenticated())
			// Before the CSRF check, which needs to know whether the token (and not the session) authenticated.
			.addFilterBefore(new BearerTokenFilter(tokens, problems.unauthorized()), CsrfFilter.class)
			// The public demand endpoint acts for no one (it ignores the session's user), so a forged request
			// can do nothing an anonymous visitor cannot: it needs no CSRF token.
			.csrf(c -> c.requireCsrfProtectionMatcher(csrfRequired()).ignoringRequestMatchers("/api/v1/public/demands",
					"/api/v1/public/results/*/interest"))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()))
			// A refused API call is not remembered for after the login (the login form would lead back to JSON), and
			// logging out is the web's: neither is looked for on every API request.
			.requestCache(RequestCacheConfigurer::disable)
			.logout(LogoutConfigurer::disable)
			.headers(h -> commonHeaders(h, CSP));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager authManager, LoginFailureHandler failures)
			throws Exception {
		http.authenticationManager(authManager)
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**", "/regions", "/regions/**", "/locale", "/demand/submit")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/classifications", "/classifications/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/catalog", "/catalog/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/catalog/*/interest").permitAll()
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
			.headers(h -> commonHeaders(h, CSP))
			.headers(h -> h.addHeaderWriter((request, response) -> {
				if (request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")) {
					response.setHeader("Content-Security-Policy", CSP_SWAGGER);
				}
			}));
		return http.build();
	}

	private static void commonHeaders(HeadersConfigurer<HttpSecurity> h, String csp) {
		h.contentSecurityPolicy(c -> c.policyDirectives(csp))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

}
