package org.uniregion.platform.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenPageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aUserCreatesSeesOnceAndRevokesATokenOnItsPage() {
		WebSession s = WebSession.as(TestUsers.REVIEWER, this.port);
		WebSession.Page created = s.postForm("/me/tokens", Map.of("name", "page token", "expiresInDays", "7"));
		assertThat(created.status()).isEqualTo(302);
		WebSession.Page page = s.get(created.location().replaceFirst("^https?://[^/]+", ""));
		Matcher secret = Pattern.compile("id=\"token-secret\"[^>]*>(urt_[A-Za-z0-9_-]+)<").matcher(page.body());
		assertThat(secret.find()).as("the secret is shown after creation").isTrue();
		assertThat(page.body()).contains("page token", "Token created.");
		assertThat(s.get("/me/tokens").body()).as("and never again").doesNotContain(secret.group(1)).contains("page token");

		Matcher id = Pattern.compile("/me/tokens/(\\d+)/revoke").matcher(s.get("/me/tokens").body());
		assertThat(id.find()).isTrue();
		assertThat(s.postForm("/me/tokens/" + id.group(1) + "/revoke", Map.of()).status()).isEqualTo(302);
		assertThat(s.get("/me/tokens").body()).contains("Revoked");
	}

	@Test
	void anInvalidFormShowsTheErrorNextToTheField() {
		WebSession s = WebSession.as(TestUsers.REVIEWER, this.port);
		WebSession.Page page = s.postForm("/me/tokens", Map.of("name", " ", "expiresInDays", "0"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"name-error\"", "aria-invalid=\"true\"");
	}

}
