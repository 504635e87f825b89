package org.uniregion.platform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAccountService implements UserDetailsService {

	private final UserAccountRepository users;

	UserAccountService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.trim())
			.map(UserPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
