package org.uniregion.platform;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no user asked for (start-up data, scheduled reminders) as {@link Caller#SYSTEM}, so that
 * the audit trail names the system as its author and the access policy lets it act.
 */
public final class SystemActor {

	private SystemActor() {
	}

	public static void run(Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		Caller.Principal principal = () -> Caller.SYSTEM;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
