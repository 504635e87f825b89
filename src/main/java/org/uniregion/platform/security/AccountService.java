package org.uniregion.platform.security;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.AccountApi;
import org.uniregion.platform.Role;
import org.uniregion.shared.NotFoundException;

@Service
class AccountService implements AccountApi {

	private final UserAccountRepository users;

	private final AuthenticatedTokens tokens;

	AccountService(UserAccountRepository users, AuthenticatedTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@Override
	@Transactional
	public void assignOrganization(String username, long organizationId) {
		UserAccount user = this.users.findByUsername(username).orElseThrow(() -> NotFoundException.of("user", username));
		user.assignOrganization(organizationId);
		// Its tokens act for the organization from the next request on.
		this.tokens.forgetUser(java.util.Objects.requireNonNull(user.getId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> organizationOf(String username) {
		return this.users.findByUsername(username).map(UserAccount::getOrganizationId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> userIdOf(String username, Role role) {
		return this.users.findByUsername(username.trim())
			.filter(u -> u.getRole() == role && u.isEnabled())
			.map(UserAccount::getId);
	}

}
