package org.uniregion.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

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
 * {@link ThrottledAuthenticationProvider} with the {@link LoginThrottle} behind form login and HTTP Basic: a
 * name is held back after {@value LoginThrottle#FREE_ATTEMPTS} failures at one address, an address after failures
 * for {@value LoginThrottle#FREE_NAMES_PER_ADDRESS} names; a success clears its name's count but not the address's;
 * a held-back form login lands on the login page's message, a held-back HTTP Basic call gets a 401 problem. Each
 * test uses addresses and users of its own (the throttle is shared by the whole application).
 */
@IntegrationTest
class ThrottledAuthenticationProviderIntegrationTests {

	private static final String PASSWORD = "throttle-test-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	private String newUser() {
		String username = "throttle-" + Words.unique();
		this.jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, 'STAFF')",
				username, this.encoder.encode(PASSWORD), "Throttle test user");
		return username;
	}

	/** A private address picked at random, which no other test uses. */
	private static String newAddress() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
	}

	/** Where a form login from that address leads: the home page, or the login page with "error" or "throttled". */
	private String login(String address, String username, String password) {
		WebSession session = WebSession.as(TestUsers.ANONYMOUS, this.port);
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + session.csrf();
		WebSession.Page page = session.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(page.status()).isEqualTo(302);
		String location = page.location();
		return location.endsWith("/login?throttled") ? "throttled" : location.endsWith("/login?error") ? "error" : "in";
	}

	private ApiClient.Response basic(String address, String username, String password) {
		return ApiClient.as(TestUsers.ANONYMOUS, this.port).send(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("X-Forwarded-For", address)
			.header("Accept-Language", "en")
			.GET());
	}

	@Test
	void aSuccessClearsTheCountOfItsNameAtThatAddress() {
		String user = newUser();
		String address = newAddress();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
				assertThat(login(address, user, "wrong-" + i)).isEqualTo("error");
			}
			assertThat(login(address, user, PASSWORD)).as("round %s: the right password after %s failures", round,
					LoginThrottle.FREE_ATTEMPTS - 1).isEqualTo("in");
		}
		// Without the successes in between, the same failures hold the name back.
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(login(address, user, "wrong-" + i)).isEqualTo("error");
		}
		assertThat(login(address, user, PASSWORD)).isEqualTo("throttled");
	}

	@Test
	void aHeldBackFormLoginShowsWhyOnTheLoginPage() {
		String user = newUser();
		String address = newAddress();
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			login(address, user, "wrong");
		}
		assertThat(login(address, user, PASSWORD)).isEqualTo("throttled");
		String page = WebSession.as(TestUsers.ANONYMOUS, this.port).get("/login?throttled").body();
		assertThat(page).contains("Too many failed attempts for this user name").contains("role=\"alert\"");
		assertThat(WebSession.as(TestUsers.ANONYMOUS, this.port).get("/login?error").body())
			.doesNotContain("Too many failed attempts");
	}

	@Test
	void httpBasicIsHeldBackByNameAndAddressAndAnsweredWithAProblem() {
		String user = newUser();
		String address = newAddress();
		assertThat(basic(address, user, PASSWORD).status()).as("before any failure").isEqualTo(200);
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(basic(address, user, "wrong-" + i).status()).isEqualTo(401);
		}
		ApiClient.Response held = basic(address, user, PASSWORD);
		assertThat(held.status()).as("the right password, held back: %s", held).isEqualTo(401);
		assertThat(held.header("Content-Type")).startsWith("application/problem+json");
		assertThat(held.body()).doesNotContain("Exception", PASSWORD);
		assertThat(basic(newAddress(), user, PASSWORD).status()).as("the same name from another address").isEqualTo(200);
		assertThat(login(address, user, PASSWORD)).as("form login shares the count").isEqualTo("throttled");
	}

	@Test
	void anAddressFailingForManyNamesIsHeldBackForEveryNameAndASuccessDoesNotClearIt() {
		String address = newAddress();
		String user = newUser();
		String other = newUser();
		for (int i = 0; i < LoginThrottle.FREE_NAMES_PER_ADDRESS - 1; i++) {
			assertThat(login(address, "sprayed-" + Words.unique(), "Summer2026!")).isEqualTo("error");
		}
		assertThat(login(address, user, PASSWORD)).as("one name short of the limit").isEqualTo("in");
		assertThat(login(address, "sprayed-" + Words.unique(), "Summer2026!")).isEqualTo("error");
		assertThat(login(address, other, PASSWORD)).as("a name that never failed, at the spraying address")
			.isEqualTo("throttled");
		assertThat(basic(address, user, PASSWORD).status()).as("HTTP Basic at that address").isEqualTo(401);
		assertThat(login(newAddress(), other, PASSWORD)).as("the same name elsewhere").isEqualTo("in");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
