package org.uniregion.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.uniregion.platform.Caller;

/**
 * The authenticated user, however it authenticated (form, HTTP Basic, token). Serializable into the
 * session; it carries no password once authentication is done.
 */
record UserPrincipal(Caller caller, String displayName, String passwordHash, boolean enabled)
		implements UserDetails, Caller.Principal {

	static UserPrincipal of(UserAccount user) {
		return new UserPrincipal(user.toCaller(), user.getDisplayName(), user.getPasswordHash(), user.isEnabled());
	}

	UserPrincipal withoutPassword() {
		return new UserPrincipal(this.caller, this.displayName, "", this.enabled);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.caller.role() == null ? List.of() : List.of(new SimpleGrantedAuthority(this.caller.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.caller.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
