package org.uniregion.platform.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.shared.Audited;

@Entity
@Table(name = "app_user")
@Audited(value = "user", redact = "passwordHash")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	private String displayName;

	private @Nullable String email;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable String regionCode;

	private @Nullable Long organizationId;

	private boolean enabled = true;

	private boolean demo;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected UserAccount() {
		this.username = "";
		this.passwordHash = "";
		this.displayName = "";
		this.role = Role.RESEARCHER;
	}

	UserAccount(String username, String passwordHash, String displayName, Role role, @Nullable String regionCode,
			@Nullable Long organizationId, boolean demo) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.regionCode = regionCode;
		this.organizationId = organizationId;
		this.demo = demo;
	}

	Caller toCaller() {
		return new Caller(this.id, this.username, this.role, this.regionCode, this.organizationId);
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void changePasswordHash(String hash) {
		this.passwordHash = hash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Role getRole() {
		return this.role;
	}

	@Nullable String getRegionCode() {
		return this.regionCode;
	}

	@Nullable Long getOrganizationId() {
		return this.organizationId;
	}

	void assignOrganization(@Nullable Long organizationId) {
		this.organizationId = organizationId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isDemo() {
		return this.demo;
	}

}
