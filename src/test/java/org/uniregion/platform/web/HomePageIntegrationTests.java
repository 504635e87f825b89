package org.uniregion.platform.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomePageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void panelsTheCallerMaySeeReplaceTheEmptyState() {
		String staff = WebSession.as(TestUsers.STAFF, this.port).get("/").body();
		assertThat(staff).contains("Agreements expiring soon").doesNotContain("Nothing needs your attention");
		String researcher = WebSession.as(TestUsers.RESEARCHER, this.port).get("/").body();
		assertThat(researcher).contains("My research results").doesNotContain("Agreements expiring soon");
	}

	/**
	 * The Wuxi bureau's home names its region and counts exactly what its lists hold (the API's totals for the
	 * same user), shows its latest agreements and demands and nothing of another region.
	 */
	@Test
	void theWuxiBureauSeesItsRegionAndItsOwnWork() {
		WebSession wuxi = WebSession.as(TestUsers.WUXI, this.port);
		ApiClient api = ApiClient.as(TestUsers.WUXI, this.port);
		String home = wuxi.get("/").body();
		assertThat(home).contains("Welcome, wuxi").contains("Region partner").contains("acting for Wuxi (Jiangsu)");
		assertThat(numbers(home, "partner-counts")).containsExactly(total(api, "/api/v1/agreements"),
				total(api, "/api/v1/agreements?status=IN_FORCE"), total(api, "/api/v1/organizations"));
		assertThat(numbers(home, "demand-counts")).containsExactly(total(api, "/api/v1/demands"),
				total(api, "/api/v1/demands?status=OPEN"));
		// Results: the published catalog, which is all a region partner may read of them.
		assertThat(numbers(home, "result-counts")).containsExactly(total(api, "/api/v1/results"));
		assertThat(home).contains("published results in the catalog");
		assertThat(total(api, "/api/v1/agreements")).isPositive();
		assertThat(total(api, "/api/v1/demands")).isPositive();
		String latestAgreement = api.get("/api/v1/agreements?sort=id,desc&size=1").json().get("content").get(0).get("title").asString();
		String latestDemand = api.get("/api/v1/demands?sort=id,desc&size=1").json().get("content").get(0).get("title").asString();
		assertThat(HtmlUtils.htmlUnescape(home)).contains(latestAgreement, latestDemand);
		List<String> elsewhere = this.jdbc.queryForList(
				"select title from agreement where demo and region_code not like '3202%' union select title from demand where demo and region_code not like '3202%'",
				String.class);
		assertThat(elsewhere).isNotEmpty();
		for (String title : elsewhere) {
			assertThat(HtmlUtils.htmlUnescape(home)).as("another region's record").doesNotContain(title);
		}
		// No moderation queue, no drafting of agreements, no audit trail for a region partner.
		assertThat(home).doesNotContain("id=\"demand-moderation\"", "id=\"home-new-agreement\"", "id=\"panel-audit\"")
			.contains("id=\"home-new-demand\"");

		wuxi.get("/locale?lang=zh-CN&back=/");
		String zh = wuxi.get("/").body();
		assertThat(zh).contains("欢迎，wuxi", "代表 无锡市（江苏省）", "协议与合作单位", "技术需求");
	}

	@Test
	void theOfficeSeesWhatWaitsForItAndItsShortcuts() {
		ApiClient api = ApiClient.as(TestUsers.STAFF, this.port);
		String staff = WebSession.as(TestUsers.STAFF, this.port).get("/").body();
		assertThat(numbers(staff, "partner-counts")).containsExactly(total(api, "/api/v1/agreements"),
				total(api, "/api/v1/agreements?status=IN_FORCE"), total(api, "/api/v1/organizations"));
		assertThat(numbers(staff, "result-counts")).containsExactly(total(api, "/api/v1/results"),
				total(api, "/api/v1/results?visibility=PUBLISHED"));
		long waiting = total(api, "/api/v1/demands?status=SUBMITTED&source=PUBLIC");
		if (waiting > 0) {
			assertThat(numbers(staff, "demand-moderation")).containsExactly(waiting);
		}
		assertThat(staff).contains("id=\"panel-leads\"", "id=\"home-import\"", "id=\"home-new-result\"", "id=\"home-new-agreement\"",
				"id=\"home-new-demand\"").doesNotContain("id=\"panel-audit\"");
	}

	@Test
	void eachRoleSeesOnlyItsOwnPanelsAndActions() {
		ApiClient researcherApi = ApiClient.as(TestUsers.RESEARCHER, this.port);
		String researcher = WebSession.as(TestUsers.RESEARCHER, this.port).get("/").body();
		assertThat(numbers(researcher, "result-counts")).containsExactly(total(researcherApi, "/api/v1/results?owner=me"),
				total(researcherApi, "/api/v1/results?owner=me&visibility=PUBLISHED"));
		assertThat(researcher).contains("id=\"home-new-result\"")
			.doesNotContain("id=\"panel-partners\"", "id=\"panel-demands\"", "id=\"panel-audit\"", "acting for");

		ApiClient enterpriseApi = ApiClient.as(TestUsers.ENTERPRISE, this.port);
		String enterprise = WebSession.as(TestUsers.ENTERPRISE, this.port).get("/").body();
		String org = this.jdbc.queryForObject(
				"select coalesce(o.name_en, o.name_zh) from partner_organization o join app_user u on u.organization_id = o.id where u.username = 'enterprise'",
				String.class);
		assertThat(HtmlUtils.htmlUnescape(enterprise)).contains("acting for " + org);
		assertThat(numbers(enterprise, "demand-counts")).containsExactly(total(enterpriseApi, "/api/v1/demands"),
				total(enterpriseApi, "/api/v1/demands?status=OPEN"));
		assertThat(enterprise).contains("id=\"home-new-demand\"").doesNotContain("id=\"home-new-result\"", "id=\"panel-audit\"",
				"id=\"demand-moderation\"");

		String auditor = WebSession.as(TestUsers.AUDITOR, this.port).get("/").body();
		assertThat(auditor).contains("id=\"panel-audit\"", "id=\"home-verify\"", "href=\"/audit/verify\"")
			.doesNotContain("id=\"home-new-", "id=\"home-import\"");
		assertThat(numbers(auditor, "audit-count").get(0)).isPositive();

		String reviewer = WebSession.as(TestUsers.REVIEWER, this.port).get("/").body();
		assertThat(reviewer).doesNotContain("id=\"panel-partners\"", "id=\"panel-demands\"", "id=\"panel-audit\"", "id=\"home-new-",
				"id=\"home-import\"");

		String admin = WebSession.as(TestUsers.ADMIN, this.port).get("/").body();
		assertThat(admin).contains("id=\"panel-audit\"", "id=\"home-import\"", "id=\"panel-partners\"", "id=\"panel-demands\"");
	}

	/** The numbers in the element with this id ("1,234 agreements (12 in force) · 5 organizations": 1234, 12, 5). */
	private static List<Long> numbers(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as(id + " on the page").isTrue();
		String text = m.group(1).replaceAll("<[^>]+>", " ").replaceAll("(\\d),(\\d)", "$1$2");
		Matcher n = Pattern.compile("\\d+").matcher(text);
		List<Long> found = new java.util.ArrayList<>();
		while (n.find()) {
			found.add(Long.parseLong(n.group()));
		}
		return found;
	}

	private static long total(ApiClient api, String path) {
		ApiClient.Response r = api.get(path + (path.contains("?") ? "&" : "?") + "size=1");
		assertThat(r.status()).as(path).isEqualTo(200);
		return r.json().get("page").get("totalElements").asLong();
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
