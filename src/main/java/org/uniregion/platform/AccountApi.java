package org.uniregion.platform;

/**
 * What other modules may ask of user accounts.
 */
public interface AccountApi {

	/** Binds an enterprise user to the organization it acts for (used by demo data and user management). */
	void assignOrganization(String username, long organizationId);

}
