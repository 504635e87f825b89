package org.uniregion.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomePageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void panelsTheCallerMaySeeReplaceTheEmptyState() {
		String staff = WebSession.as(TestUsers.STAFF, this.port).get("/").body();
		assertThat(staff).contains("Agreements expiring soon").doesNotContain("Nothing needs your attention");
		assertThat(staff).contains("university&#39;s").doesNotContain("&#39;&#39;");
		String researcher = WebSession.as(TestUsers.RESEARCHER, this.port).get("/").body();
		assertThat(researcher).contains("Nothing needs your attention").doesNotContain("Agreements expiring soon");
	}

	@Test
	void malformedPageRequestsAreTheClientsError() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		WebSession.Page wrongType = staff.postForm("/me/tokens/not-a-number/revoke", java.util.Map.of());
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.body()).contains("The request is malformed.");
		WebSession.Page page = staff.get("/regions?level=NOPE");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).doesNotContain("unexpected error");
	}

	@Test
	void anonymousVisitorsFindTheCatalogAndThePublicDemandForm() {
		String login = WebSession.as(TestUsers.ANONYMOUS, this.port).get("/login").body();
		assertThat(login).contains("href=\"/catalog\"", "href=\"/demand/submit\"");
		// Not the office's result list, which needs a login: the catalog is their view of the results.
		assertThat(login).doesNotContain("href=\"/results\"");
		String staff = WebSession.as(TestUsers.STAFF, this.port).get("/").body();
		assertThat(staff).contains("href=\"/results\"", "href=\"/demands\"").doesNotContain("href=\"/demand/submit\"");
	}

}
