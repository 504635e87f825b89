package org.uniregion.result;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the researcher account the office names when it creates a result on a researcher's behalf.
 * <p>
 * The platform's {@code AccountApi} offers no look-up by user name yet, so this reads the account table
 * directly (id and role only, read-only); it goes once {@code AccountApi} can answer the question.
 */
@Component
class Researchers {

	record Account(long id, String username) {
	}

	private final JdbcTemplate jdbc;

	Researchers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> find(String username) {
		List<Account> found = this.jdbc.query(
				"select id, username from app_user where username = ? and role = 'RESEARCHER' and enabled",
				(rs, i) -> new Account(rs.getLong(1), rs.getString(2)), username.trim());
		return found.stream().findFirst();
	}

}
