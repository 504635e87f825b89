package org.uniregion.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTokenIsShownOnceStoredHashedUsableAndRevocable() throws Exception {
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Authorization", basic("researcher"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"laptop\",\"expiresInDays\":30}")));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JsonMapper.builder().build().readTree(created.body());
		String secret = body.get("secret").asString();
		long id = body.get("token").get("id").asLong();
		assertThat(secret).startsWith("urt_").hasSizeGreaterThan(40);
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/me/tokens/" + id);

		String stored = this.jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id);
		assertThat(stored).isEqualTo(ApiTokenService.sha256(secret)).doesNotContain(secret);
		String list = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens")).header("Authorization", basic("researcher")).GET()).body();
		assertThat(list).contains("laptop").doesNotContain(secret);

		HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + secret).GET());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"researcher\"", "\"role\":\"RESEARCHER\"");

		HttpResponse<String> revoked = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens/" + id))
			.header("Authorization", basic("researcher")).DELETE());
		assertThat(revoked.statusCode()).isEqualTo(204);

		HttpResponse<String> after = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + secret).GET());
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	@Test
	void aTokenCannotBeUsedToMintMoreTokens() throws Exception {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		assertThat(staff.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(staff.post("/api/v1/me/tokens", Map.of("name", "more")).status()).isEqualTo(401);
	}

	@Test
	void anUnknownTokenIsRefusedWithAProblem() throws Exception {
		HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer urt_nonsense").GET());
		assertThat(r.statusCode()).isEqualTo(401);
		assertThat(r.body()).contains("\"status\":401", "\"title\"").doesNotContain("Exception");
	}

	@Test
	void invalidTokenRequestsAnswerFieldErrors() {
		HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Authorization", basic("staff"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"expiresInDays\":0}")));
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"name\"", "\"field\":\"expiresInDays\"");
		HttpResponse<String> malformed = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Authorization", basic("staff"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{not json")));
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).doesNotContain("at org.", "Exception");
	}

	@Test
	void sessionCallsToTheApiNeedTheCsrfToken() {
		WebSession session = WebSession.as(TestUsers.STAFF, this.port);
		WebSession.Page withoutToken = session.send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
		assertThat(withoutToken.status()).isEqualTo(403);
		WebSession.Page withToken = session.send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", session.csrf())
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
		assertThat(withToken.status()).isEqualTo(201);
	}

	@Test
	void anAuthorizationHeaderThatAuthenticatesNothingDoesNotExemptASessionFromCsrf() {
		WebSession session = WebSession.as(TestUsers.STAFF, this.port);
		String name = "csrf-probe-" + System.nanoTime();
		for (String junk : new String[] { "Junk x", "Basic " + Base64.getEncoder().encodeToString("staff:wrong".getBytes(StandardCharsets.UTF_8)) }) {
			WebSession.Page token = session.send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
				.header("Content-Type", "application/json")
				.header("Authorization", junk)
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
			assertThat(token.status()).as(junk).isEqualTo(403);
			WebSession.Page organization = session.send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
				.header("Content-Type", "application/json")
				.header("Authorization", junk)
				.POST(HttpRequest.BodyPublishers.ofString("{\"nameZh\":\"" + name + "\",\"type\":\"OTHER\",\"regionCode\":\"320200\"}")));
			assertThat(organization.status()).as(junk).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where name = ?", Integer.class, name)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from partner_organization where name_zh = ?", Integer.class, name)).isZero();

		ApiClient.Response byToken = ApiClient.as(TestUsers.STAFF, this.port).post("/api/v1/organizations",
				Map.of("nameZh", name, "type", "OTHER", "regionCode", "320200"));
		assertThat(byToken.status()).as("a valid bearer token needs no CSRF token: %s", byToken).isEqualTo(201);
	}

	@Test
	void failuresFromOneAddressDoNotLockTheAccountForItsOwnerElsewhere() {
		String guesser = "203.0.113.17";
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(loginFrom(guesser, "admin", "wrong-" + i).location()).endsWith("/login?error");
		}
		assertThat(loginFrom(guesser, "admin", TestUsers.PASSWORD).location()).as("the guessing address waits")
			.endsWith("/login?throttled");
		WebSession.Page owner = loginFrom("198.51.100.23", "admin", TestUsers.PASSWORD);
		assertThat(owner.status()).isEqualTo(302);
		assertThat(owner.location()).as("the owner from another address logs in").doesNotContain("throttled", "error");
	}

	@Test
	void oneAddressTryingOnePasswordAcrossManyNamesIsThrottled() {
		String sprayer = "192.0.2.41";
		for (int i = 0; i < LoginThrottle.FREE_NAMES_PER_ADDRESS; i++) {
			assertThat(loginFrom(sprayer, "spray-" + i, "Summer2026!").location()).endsWith("/login?error");
		}
		assertThat(loginFrom(sprayer, "auditor", TestUsers.PASSWORD).location()).as("every name waits at that address")
			.endsWith("/login?throttled");
		assertThat(loginFrom("192.0.2.42", "auditor", TestUsers.PASSWORD).location()).doesNotContain("throttled", "error");
	}

	/** A form login "from" an address, as a reverse proxy the tests' configuration trusts would report it. */
	private WebSession.Page loginFrom(String address, String username, String password) {
		WebSession session = WebSession.as(TestUsers.ANONYMOUS, this.port);
		String csrf = session.csrf();
		String form = "username=" + username + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf;
		return session.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	@Test
	void loginStartsANewSessionAndPasswordsAreHashedWithArgon2() {
		WebSession session = WebSession.as(TestUsers.ANONYMOUS, this.port);
		WebSession.Page login = session.get("/login");
		String before = session.cookie("JSESSIONID");
		WebSession.Page done = session.postForm("/login", Map.of("username", "auditor", "password", TestUsers.PASSWORD), login.csrf());
		assertThat(done.status()).isEqualTo(302);
		assertThat(session.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
		assertThat(this.jdbc.queryForObject("select password_hash from app_user where username = 'auditor'", String.class))
			.startsWith("{argon2}");
	}

	/**
	 * An API call refused for want of a login is not remembered for after the login: the login form leads to the
	 * page the visitor came from, never to a JSON answer.
	 */
	@Test
	void loggingInAfterARefusedApiCallLeadsToAPageNotToTheApi() {
		WebSession session = WebSession.as(TestUsers.ANONYMOUS, this.port);
		WebSession.Page login = session.get("/login");
		assertThat(session.get("/api/v1/agreements?size=5").status()).isEqualTo(401);
		WebSession.Page done = session.postForm("/login", Map.of("username", "auditor", "password", TestUsers.PASSWORD),
				login.csrf());
		assertThat(done.status()).isEqualTo(302);
		assertThat(URI.create(done.location()).getPath()).isEqualTo("/");
	}

	@Test
	void repeatedFailedLoginsAreThrottledEvenForTheRightPassword() {
		this.jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, 'STAFF') on conflict do nothing",
				"throttle-victim", this.encoder.encode("right-password"), "Throttle victim");
		WebSession session = WebSession.as(TestUsers.ANONYMOUS, this.port);
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			WebSession.Page wrong = session.postForm("/login", Map.of("username", "throttle-victim", "password", "wrong"), session.csrf());
			assertThat(wrong.location()).endsWith("/login?error");
		}
		WebSession.Page right = session.postForm("/login", Map.of("username", "throttle-victim", "password", "right-password"), session.csrf());
		assertThat(right.location()).endsWith("/login?throttled");
		HttpResponse<String> basicToo = send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("throttle-victim:right-password".getBytes(StandardCharsets.UTF_8)))
			.GET());
		assertThat(basicToo.statusCode()).as("HTTP Basic is throttled too").isEqualTo(401);
	}

	@Test
	void pagesAndApiCarryTheSecurityHeaders() {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET());
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/me")).GET());
		assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void unknownAddressesAreAnsweredInKind() {
		ApiClient.Response api = ApiClient.as(TestUsers.STAFF, this.port).get("/api/v1/no-such-thing");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.json().get("detail").asString()).isEqualTo("There is no such page or endpoint.");
		WebSession.Page page = WebSession.as(TestUsers.STAFF, this.port).get("/no-such-page");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("There is no such page");
	}

	@Test
	void healthIsUpForAnyone() {
		HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void theLanguageSwitchIsRemembered() {
		WebSession s = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(s.get("/locale?lang=zh-CN&back=/").location()).endsWith("/");
		assertThat(s.get("/").body()).contains("欢迎", "退出");
		s.get("/locale?lang=en&back=/");
		assertThat(s.get("/").body()).contains("Welcome", "Log out");
		assertThat(s.get("/locale?lang=en&back=//evil.example").location()).doesNotContain("evil");
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder b) {
		try {
			return this.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anOversizedJsonBodyIsRefusedBeforeItIsRead() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String huge = "{\"name\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
		ApiClient.Response r = staff.post("/api/v1/me", huge);
		assertThat(r.status()).isEqualTo(413);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains("too large");
	}

}
