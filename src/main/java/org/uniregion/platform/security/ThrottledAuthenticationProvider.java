package org.uniregion.platform.security;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password authentication (form and HTTP Basic) behind the {@link LoginThrottle}, by user name
 * and the client's address.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = address(authentication);
		Instant until = this.throttle.blockedUntil(username, address);
		if (until != null) {
			throw new LoginThrottledException(until);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(username, address);
			UserPrincipal principal = ((UserPrincipal) result.getPrincipal()).withoutPassword();
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	/** The client's address, as the servlet container reports it (form login and HTTP Basic both record it). */
	static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static final class LoginThrottledException extends LockedException {

		private final transient Instant until;

		LoginThrottledException(Instant until) {
			super("Too many failed logins; try again after " + until);
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

	}

}
