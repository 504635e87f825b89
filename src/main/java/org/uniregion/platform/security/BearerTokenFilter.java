package org.uniregion.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <personal access token>}. A presented but unknown, revoked
 * or expired token is answered 401 at once; it never falls back to a session. Runs before the CSRF check,
 * which it tells (by a request attribute) that the token, not a session cookie, authenticated the request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String AUTHENTICATED = BearerTokenFilter.class.getName() + ".authenticated";

	private final AuthenticatedTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(AuthenticatedTokens tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var authenticated = this.tokens.authenticate(header.substring(7).trim());
		if (authenticated.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, new BadCredentialsException("Unknown, revoked or expired token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UserPrincipal principal = authenticated.get().principal();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		try {
			this.tokens.markUsed(authenticated.get());
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Whether this filter authenticated the request by its bearer token. */
	static boolean authenticated(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
	}

}
