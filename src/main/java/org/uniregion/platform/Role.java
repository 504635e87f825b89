package org.uniregion.platform;

/**
 * The roles of PRODUCT.md. A user has exactly one.
 */
public enum Role {

	ADMIN, STAFF, REGION_PARTNER, ENTERPRISE, RESEARCHER, REVIEWER, AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
