package org.uniregion.platform.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.uniregion.shared.Audited;

/**
 * A personal access token. Only the SHA-256 of the token is stored: the token itself is shown once.
 */
@Entity
@Table(name = "api_token")
@Audited(value = "api-token", redact = "tokenHash")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long userId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private Instant createdAt = Instant.now();

	private @Nullable Instant expiresAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	protected ApiToken() {
		this.name = "";
		this.tokenHash = "";
		this.tokenPrefix = "";
	}

	ApiToken(long userId, String name, String tokenHash, String tokenPrefix, @Nullable Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getUserId() {
		return this.userId;
	}

	String getName() {
		return this.name;
	}

	String getTokenPrefix() {
		return this.tokenPrefix;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getExpiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	@Nullable Instant getRevokedAt() {
		return this.revokedAt;
	}

}
