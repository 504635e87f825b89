package org.uniregion.support;

import org.uniregion.platform.Role;

/**
 * The demo users, one per role, as the tests log in with them; and the anonymous visitor.
 */
public enum TestUsers {

	ANONYMOUS(null, null), ADMIN("admin", Role.ADMIN), STAFF("staff", Role.STAFF), WUXI("wuxi", Role.REGION_PARTNER),
	ENTERPRISE("enterprise", Role.ENTERPRISE), RESEARCHER("researcher", Role.RESEARCHER),
	REVIEWER("reviewer", Role.REVIEWER), AUDITOR("auditor", Role.AUDITOR);

	public static final String PASSWORD = "uniregion-test-password";

	private final String username;

	private final Role role;

	TestUsers(String username, Role role) {
		this.username = username;
		this.role = role;
	}

	public String username() {
		return this.username;
	}

	public Role role() {
		return this.role;
	}

}
