package org.uniregion.platform;

import java.util.Optional;

/**
 * What other modules may ask of user accounts.
 */
public interface AccountApi {

	/** Binds an enterprise user to the organization it acts for (used by demo data and user management). */
	void assignOrganization(String username, long organizationId);

	/** The organization the user acts for, if the user exists and has one (used by demo data). */
	Optional<Long> organizationOf(String username);

	/** The id of the enabled user with this name and role, e.g. the researcher a result is recorded for. */
	Optional<Long> userIdOf(String username, Role role);

}
