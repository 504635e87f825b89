package org.uniregion.result;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.uniregion.platform.AccountApi;
import org.uniregion.platform.Role;

/**
 * Finds the researcher account the office names when it creates a result on a researcher's behalf, through
 * the platform's account API (the account table is the platform's).
 */
@Component
class Researchers {

	record Account(long id, String username) {
	}

	private final AccountApi accounts;

	Researchers(AccountApi accounts) {
		this.accounts = accounts;
	}

	Optional<Account> find(String username) {
		String name = username.trim();
		return this.accounts.userIdOf(name, Role.RESEARCHER).map(id -> new Account(id, name));
	}

}
