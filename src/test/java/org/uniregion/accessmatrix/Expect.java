package org.uniregion.accessmatrix;

/**
 * What a user must get from a row's request.
 */
public enum Expect {

	/** A 2xx answer (for a page form, also a redirect that is not to the login page). */
	ALLOW,
	/** 401 or 403; for pages, an anonymous visitor is redirected to the login page. */
	DENY,
	/** 404: the record exists, but the user may not know it. */
	HIDDEN

}
