package org.uniregion.platform.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import org.uniregion.support.Words;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BearerTokenFilter}: a usable token authenticates its user for one request; a malformed or unknown token
 * is answered 401 with a problem at once, so is a token revoked through the application or past its end, and a
 * token revoked, expired or disabled in the database once what the application remembers of it is stale (at most a
 * second); a refused token never falls back to the session the request also carries; and only a request the token authenticated skips the
 * CSRF check.
 */
@IntegrationTest
class BearerTokenFilterIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	/** A new user of its own (so that disabling it touches no other test), and its password. */
	private String newUser(String role) {
		String username = "bearer-" + Words.unique();
		this.jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, ?)", username,
				this.encoder.encode(TestUsers.PASSWORD), "Bearer token test user", role);
		return username;
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** A token of the user, issued as a script gets its first one (HTTP Basic); answers its id and secret. */
	private Map.Entry<Long, String> token(String username) {
		ApiClient.Response r = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Authorization", basic(username))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"filter\",\"expiresInDays\":30}")));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		var body = r.json();
		return Map.entry(body.get("token").get("id").asLong(), body.get("secret").asString());
	}

	private ApiClient.Response me(String authorization) {
		return send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", authorization).GET());
	}

	private static void assertRefused(ApiClient.Response r, String what) {
		assertThat(r.status()).as("%s: %s", what, r.body()).isEqualTo(401);
		assertThat(r.header("Content-Type")).as(what).startsWith("application/problem+json");
		assertThat(r.header("WWW-Authenticate")).as(what).contains("Bearer");
		assertThat(r.body()).as(what).contains("\"status\":401").doesNotContain("\"username\"");
	}

	@Test
	void aUsableTokenAuthenticatesItsUserForThatRequestOnly() {
		String username = newUser("STAFF");
		String secret = token(username).getValue();
		ApiClient.Response r = me("Bearer " + secret);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.body()).contains("\"username\":\"" + username + "\"");
		assertThat(r.header("Set-Cookie")).as("no session for a token").isNull();
		assertThat(me("bearer " + secret).status()).as("the scheme in any case").isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select last_used_at is not null from api_token where token_hash = ?",
				Boolean.class, ApiTokenService.sha256(secret))).as("its use is noted").isTrue();
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertRefusedOnceKnown("expires_at = now() - interval '1 second'", "expired");
	}

	@Test
	void aTokenRevokedInTheDatabaseIsRefused() {
		assertRefusedOnceKnown("revoked_at = now()", "revoked");
	}

	/**
	 * A token that works, then is refused once {@code change} is made to it behind the application's back (another
	 * instance, or by hand): from the first request once what the application remembers of the token (at most
	 * {@link AuthenticatedTokens#FRESH}) is older than the change.
	 */
	private void assertRefusedOnceKnown(String change, String what) {
		Map.Entry<Long, String> token = token(newUser("STAFF"));
		assertThat(me("Bearer " + token.getValue()).status()).isEqualTo(200);
		this.jdbc.update("update api_token set " + change + " where id = ?", token.getKey());
		waitUntilWhatIsRememberedIsStale();
		assertRefused(me("Bearer " + token.getValue()), what);
	}

	/** Waits as long as a token is remembered: whatever was remembered before now is no longer trusted. */
	private static void waitUntilWhatIsRememberedIsStale() {
		try {
			Thread.sleep(AuthenticatedTokens.FRESH.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aTokenRevokedThroughTheApplicationIsRefusedAtOnce() {
		String username = newUser("STAFF");
		Map.Entry<Long, String> token = token(username);
		assertThat(me("Bearer " + token.getValue()).status()).isEqualTo(200);
		ApiClient.Response revoked = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens/" + token.getKey()))
			.header("Authorization", basic(username)).DELETE());
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
		assertRefused(me("Bearer " + token.getValue()), "revoked through the API, the very next request");
	}

	@Test
	void theTokenOfADisabledUserIsRefused() {
		String username = newUser("STAFF");
		String secret = token(username).getValue();
		assertThat(me("Bearer " + secret).status()).isEqualTo(200);
		this.jdbc.update("update app_user set enabled = false where username = ?", username);
		waitUntilWhatIsRememberedIsStale();
		assertRefused(me("Bearer " + secret), "a disabled user's token");
	}

	/** What is remembered of a token is keyed by the SHA-256 of its secret; the secret itself is kept nowhere. */
	@Test
	void aTokenIsRememberedByItsDigestNotItsSecret(@Autowired AuthenticatedTokens remembered) {
		String secret = token(newUser("STAFF")).getValue();
		@SuppressWarnings("unchecked")
		var cache = (com.github.benmanes.caffeine.cache.Cache<String, ?>) org.springframework.test.util.ReflectionTestUtils
			.getField(remembered, "byDigest");
		assertThat(cache).isNotNull();
		// Authenticated and looked at at once, again if the entry went stale in between on a busy machine.
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(remembered.authenticate(secret)).isPresent();
			assertThat(cache.asMap().keySet()).contains(ApiTokenService.sha256(secret));
		});
		assertThat(cache.asMap().keySet()).allSatisfy(k -> assertThat(k).doesNotContain(secret.substring(4)));
	}

	@Test
	void malformedAndUnknownTokensAreRefused() {
		String secret = token(newUser("STAFF")).getValue();
		Map<String, String> bad = Map.of("empty", "Bearer ", "blank", "Bearer    ", "without the prefix",
				"Bearer " + secret.substring(4), "too long", "Bearer " + secret + "x".repeat(100), "truncated",
				"Bearer " + secret.substring(0, secret.length() - 1), "unknown", "Bearer urt_" + "A".repeat(43));
		bad.forEach((what, header) -> assertRefused(me(header), what));
	}

	@Test
	void aRefusedTokenNeverFallsBackToTheSession() {
		WebSession session = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(session.get("/api/v1/me").status()).as("the session alone is signed in").isEqualTo(200);
		WebSession.Page withBadToken = session.send(HttpRequest.newBuilder(uri("/api/v1/me"))
			.header("Authorization", "Bearer urt_" + "B".repeat(43)).GET());
		assertThat(withBadToken.status()).isEqualTo(401);
		assertThat(withBadToken.body()).doesNotContain("\"username\":\"staff\"");
	}

	@Test
	void theTokenNotTheSessionDecidesWhoIsAskingAndOnlyItSkipsCsrf() {
		String username = newUser("STAFF");
		String secret = token(username).getValue();
		WebSession session = WebSession.as(TestUsers.ADMIN, this.port);
		WebSession.Page who = session.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + secret).GET());
		assertThat(who.body()).contains("\"username\":\"" + username + "\"");

		String name = "csrf-" + Words.unique();
		String organization = "{\"nameZh\":\"" + name + "\",\"type\":\"OTHER\",\"regionCode\":\"320200\"}";
		WebSession.Page sessionOnly = session.send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(organization)));
		assertThat(sessionOnly.status()).as("the session without a CSRF token").isEqualTo(403);
		WebSession.Page refusedToken = session.send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
			.header("Content-Type", "application/json").header("Authorization", "Bearer urt_" + "C".repeat(43))
			.POST(HttpRequest.BodyPublishers.ofString(organization)));
		assertThat(refusedToken.status()).as("the session with a refused token").isEqualTo(401);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_organization where name_zh = ?", Long.class, name))
			.isZero();

		WebSession.Page byToken = session.send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
			.header("Content-Type", "application/json").header("Authorization", "Bearer " + secret)
			.POST(HttpRequest.BodyPublishers.ofString(organization)));
		assertThat(byToken.status()).as("a request the token authenticated: %s", byToken.body()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select actor from audit_entry where entity_type = 'organization' "
				+ "and action = 'CREATE' and after_json like ?", String.class, "%" + name + "%"))
			.as("the change is the token's user's").isEqualTo(username);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** Sends the request as it is, with no credentials of its own. */
	private ApiClient.Response send(HttpRequest.Builder b) {
		return ApiClient.as(TestUsers.ANONYMOUS, this.port).send(b);
	}

}
