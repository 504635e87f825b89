package org.uniregion.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks presented personal access tokens, remembering for at most {@link #FRESH} what the database said about a
 * token, so that a client sending many requests costs one look-up of its token and user a second, not one a
 * request. A revoked or expired token, or one of a disabled user, therefore stops working within that second at
 * the latest; a revocation (or a change of the user's organization) made through this application stops it at
 * once, as soon as it is committed. A token that has expired is refused at once in any case: its end is known.
 * <p>
 * Tokens are remembered by the SHA-256 of their secret (what the database stores), never by the secret. The
 * look-up by digest needs no constant-time comparison: a caller cannot choose the digest of what it presents, so
 * the time a comparison takes tells it nothing about a stored token. Unknown tokens are not remembered (anyone can
 * present any number of them).
 * <p>
 * That a token was used is written at most every {@link #NOTE_USE_EVERY} per token, decided in memory: no
 * request reads or writes the token for it in between.
 */
@Component
class AuthenticatedTokens {

	/** How long what the database said about a token is trusted. */
	static final Duration FRESH = Duration.ofSeconds(1);

	/** How often a token's last use is written. */
	static final Duration NOTE_USE_EVERY = Duration.ofMinutes(5);

	private final Cache<String, Known> byDigest = Caffeine.newBuilder()
		.expireAfterWrite(FRESH)
		.maximumSize(10_000)
		.build();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final TransactionTemplate read;

	private final TransactionTemplate write;

	AuthenticatedTokens(ApiTokenRepository tokens, UserAccountRepository users, PlatformTransactionManager transactions) {
		this.tokens = tokens;
		this.users = users;
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
		this.write = new TransactionTemplate(transactions);
	}

	/** The user a presented token stands for, if the token is known, not revoked and not expired. */
	Optional<Known> authenticate(String raw) {
		if (!raw.startsWith(ApiTokenService.PREFIX) || raw.length() > 100) {
			return Optional.empty();
		}
		String digest = ApiTokenService.sha256(raw);
		Known known = this.byDigest.getIfPresent(digest);
		if (known == null || !known.fresh()) {
			known = this.read.execute(s -> load(digest));
			if (known == null) {
				this.byDigest.invalidate(digest);
				return Optional.empty();
			}
			this.byDigest.put(digest, known);
		}
		return known.expired(Instant.now()) ? Optional.empty() : Optional.of(known);
	}

	private @Nullable Known load(String digest) {
		long readAt = System.nanoTime();
		Instant now = Instant.now();
		return this.tokens.findByTokenHash(digest)
			.filter(t -> t.isUsable(now))
			.flatMap(t -> this.users.findById(t.getUserId())
				.filter(UserAccount::isEnabled)
				.map(u -> new Known(Objects.requireNonNull(t.getId()), t.getUserId(), UserPrincipal.of(u).withoutPassword(),
						t.getExpiresAt(), t.getLastUsedAt(), readAt)))
			.orElse(null);
	}

	/**
	 * Notes that a token was used, at most every {@link #NOTE_USE_EVERY}; called once the request is authenticated,
	 * so that the audit trail names the token's user.
	 */
	void markUsed(Known known) {
		Instant now = Instant.now();
		Instant last = known.lastUsedAt.get();
		if (last != null && last.isAfter(now.minus(NOTE_USE_EVERY))) {
			return;
		}
		if (!known.lastUsedAt.compareAndSet(last, now)) {
			return; // another request of this token is noting it
		}
		this.write.executeWithoutResult(s -> this.tokens.findById(known.tokenId()).ifPresent(t -> {
			if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(NOTE_USE_EVERY))) {
				t.used(now);
			}
		}));
	}

	/** Forgets the token once the current transaction commits (at once without one): it is checked anew. */
	void forgetToken(long tokenId) {
		afterCommit(() -> this.byDigest.asMap().values().removeIf(k -> k.tokenId() == tokenId));
	}

	/** Forgets the user's tokens once the current transaction commits (at once without one). */
	void forgetUser(long userId) {
		afterCommit(() -> this.byDigest.asMap().values().removeIf(k -> k.userId() == userId));
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/** A token as the database described it at {@code readAt} ({@link System#nanoTime()}). */
	static final class Known {

		private final long tokenId;

		private final long userId;

		private final UserPrincipal principal;

		private final @Nullable Instant expiresAt;

		private final AtomicReference<@Nullable Instant> lastUsedAt;

		private final long readAt;

		Known(long tokenId, long userId, UserPrincipal principal, @Nullable Instant expiresAt, @Nullable Instant lastUsedAt,
				long readAt) {
			this.tokenId = tokenId;
			this.userId = userId;
			this.principal = principal;
			this.expiresAt = expiresAt;
			this.lastUsedAt = new AtomicReference<>(lastUsedAt);
			this.readAt = readAt;
		}

		long tokenId() {
			return this.tokenId;
		}

		long userId() {
			return this.userId;
		}

		UserPrincipal principal() {
			return this.principal;
		}

		boolean fresh() {
			return System.nanoTime() - this.readAt < FRESH.toNanos();
		}

		boolean expired(Instant now) {
			return this.expiresAt != null && !this.expiresAt.isAfter(now);
		}

	}

}
