package org.uniregion.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.Caller;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.NotFoundException;

/**
 * Issues, lists and revokes personal access tokens ({@link AuthenticatedTokens} checks them). A token is
 * {@code urt_} and 43 random URL-safe characters (256 bits); it is stored only as its SHA-256, which is enough for
 * a secret of that entropy.
 */
@Service
class ApiTokenService {

	static final String PREFIX = "urt_";

	private static final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AuthenticatedTokens authenticated;

	ApiTokenService(ApiTokenRepository tokens, AuthenticatedTokens authenticated) {
		this.tokens = tokens;
		this.authenticated = authenticated;
	}

	@Transactional
	IssuedToken issue(Caller caller, String name, @Nullable Integer expiresInDays) {
		if (caller.userId() == null) {
			throw new BusinessRuleException("token.needsUser");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String raw = PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = expiresInDays == null ? null : Instant.now().plus(Duration.ofDays(expiresInDays));
		ApiToken token = this.tokens.save(new ApiToken(caller.userId(), name.trim(), sha256(raw), raw.substring(0, 10), expires));
		return new IssuedToken(TokenView.of(token), raw);
	}

	@Transactional(readOnly = true)
	List<TokenView> list(Caller caller) {
		if (caller.userId() == null) {
			return List.of();
		}
		return this.tokens.findByUserIdOrderByCreatedAtDesc(caller.userId()).stream().map(TokenView::of).toList();
	}

	@Transactional
	void revoke(Caller caller, long id) {
		ApiToken token = (caller.userId() == null ? Optional.<ApiToken>empty() : this.tokens.findByIdAndUserId(id, caller.userId()))
			.orElseThrow(() -> NotFoundException.of("token", id));
		token.revoke(Instant.now());
		this.authenticated.forgetToken(id);
	}

	static String sha256(String raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record IssuedToken(TokenView token, String secret) {
	}

	record TokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		static TokenView of(ApiToken t) {
			return new TokenView(java.util.Objects.requireNonNull(t.getId()), t.getName(), t.getTokenPrefix(), t.getCreatedAt(),
					t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
		}

	}

}
