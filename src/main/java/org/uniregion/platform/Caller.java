package org.uniregion.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the user, the role and the scope it is bound to. Anonymous visitors have no role.
 *
 * @param userId the user's id, {@code null} when anonymous
 * @param regionCode the GB/T 2260 code a region partner is bound to
 * @param organizationId the organization an enterprise user acts for
 */
public record Caller(@Nullable Long userId, String username, @Nullable Role role, @Nullable String regionCode,
		@Nullable Long organizationId) {

	public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, null);

	/** Scheduled jobs and start-up work act as the system. */
	public static final Caller SYSTEM = new Caller(null, "system", Role.ADMIN, null, null);

	/** The caller of the current request or job. */
	public static Caller current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Principal p) {
			return p.caller();
		}
		return ANONYMOUS;
	}

	public boolean is(Role r) {
		return this.role == r;
	}

	public boolean isAnonymous() {
		return this.role == null;
	}

	/** Implemented by the authenticated principal, whatever the way of authentication. */
	public interface Principal {

		Caller caller();

	}

}
