package org.uniregion.partner;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PartnerPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsOrganizationsWithFiltersAndDemoBadges() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		var list = staff.get("/organizations");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("class=\"crumbs\"").contains("Demo Wuxi Smart Manufacturing").contains("badge demo")
			.contains("id=\"new-organization\"");
		var filtered = staff.get("/organizations?type=HOSPITAL&sort=regionCode,desc");
		assertThat(filtered.body()).contains("Demo Kunming First People").doesNotContain("Demo Wuxi Smart Manufacturing");
		assertThat(staff.get("/organizations?q=nothing-like-this").body()).contains("class=\"empty\"");
		// The auditor reads but does not get the buttons.
		assertThat(WebSession.as(TestUsers.AUDITOR, this.port).get("/organizations").body()).doesNotContain("id=\"new-organization\"");
	}

	@Test
	void showsValidationErrorsNextToTheFieldsAndCreates() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(staff.get("/organizations/new").body()).contains("name=\"nameZh\"").contains("name=\"creditCode\"");
		int before = this.jdbc.queryForObject("select count(*) from partner_organization", Integer.class);
		Map<String, String> form = new HashMap<>(Map.of("nameZh", "页面测试单位", "type", "ENTERPRISE", "regionCode", "999999",
				"creditCode", "91350100M000100Y44"));
		var invalid = staff.postForm("/organizations", form);
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("id=\"creditCode-error\"").contains("id=\"regionCode-error\"")
			.contains("aria-invalid=\"true\"").contains("value=\"页面测试单位\"");
		assertThat(this.jdbc.queryForObject("select count(*) from partner_organization", Integer.class)).isEqualTo(before);

		form.put("regionCode", "320205");
		form.put("creditCode", CreditCodes.complete("91320205MA1PAGE01".replace("G", "H")));
		var created = staff.postForm("/organizations", form);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String location = created.location();
		assertThat(location).matches(".*/organizations/\\d+");
		var detail = staff.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(detail.body()).contains("页面测试单位").contains("id=\"contacts\"").contains("The organization was created.");
	}

	@Test
	void agreementPagesShowStatusTransitionsAndDocuments() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		var list = staff.get("/agreements?expiring=true");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Hebei").doesNotContain("Shenzhen");
		assertThat(staff.get("/agreements?status=DRAFT&area=PLATFORM&sort=title,asc").body()).contains("Shenzhen");

		var form = staff.get("/agreements/new");
		assertThat(form.body()).contains("name=\"areas\"").contains("name=\"organizationId\"").contains("hx-get=\"/regions/options\"");
		var invalid = staff.postForm("/agreements", Map.of("title", "页面测试协议", "regionCode", "320200",
				"startDate", "2025-02-30", "endDate", "2024-01-01"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("id=\"startDate-error\"").contains("id=\"areas-error\"");

		var created = staff.postForm("/agreements", Map.of("title", "页面测试协议", "regionCode", "320200",
				"startDate", "2025-03-01", "endDate", "2028-02-29", "areas", "TALENT"));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		var detail = staff.get(path);
		assertThat(detail.body()).contains("页面测试协议").contains("id=\"status-badge\"").contains("id=\"to-SIGNED\"")
			.contains("id=\"to-TERMINATED\"").doesNotContain("id=\"to-IN_FORCE\"").contains("id=\"documents\"");
		// Signing without a signing date is refused with a clear message.
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		var sign = staff.postForm(path + "/transitions", Map.of("to", "SIGNED", "version", "0"));
		assertThat(sign.status()).isEqualTo(302);
		assertThat(staff.get(path).body()).contains("A signed agreement needs its signing date.");
		assertThat(this.jdbc.queryForObject("select status from agreement where id = ?", String.class, id)).isEqualTo("DRAFT");

		// The region partner sees its agreements without buttons; the Hebei one is not found.
		WebSession wuxi = WebSession.as(TestUsers.WUXI, this.port);
		long wuxiAgreement = this.jdbc.queryForObject("select id from agreement where demo and region_code = '320200' order by id limit 1", Long.class);
		var seen = wuxi.get("/agreements/" + wuxiAgreement);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.body()).doesNotContain("id=\"to-").doesNotContain("id=\"edit-agreement\"");
		long hebei = this.jdbc.queryForObject("select id from agreement where demo and region_code = '130000' order by id limit 1", Long.class);
		assertThat(wuxi.get("/agreements/" + hebei).status()).isEqualTo(404);
		assertThat(wuxi.get("/agreements").body()).doesNotContain("Hebei").doesNotContain("Guangdong").doesNotContain("Yunnan");
	}

	@Test
	void malformedRequestsToThePagesAreBadRequestsNotFailures() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		for (String path : java.util.List.of("/agreements?sort=password,asc", "/agreements?status=BOGUS",
				"/organizations?type=NOPE", "/organizations?sort=secret", "/agreements/abc", "/organizations/abc/edit")) {
			var page = staff.get(path);
			assertThat(page.status()).as(path).isEqualTo(400);
			assertThat(page.body()).as(path).contains("<nav").doesNotContain("Exception");
		}
		long id = this.jdbc.queryForObject("select id from agreement where demo order by id limit 1", Long.class);
		var transition = staff.postForm("/agreements/" + id + "/transitions", Map.of("to", "NOWHERE", "version", "0"));
		assertThat(transition.status()).isEqualTo(400);
		var missing = staff.postForm("/agreements/" + id + "/transitions", Map.of("to", "SIGNED"));
		assertThat(missing.status()).isEqualTo(400);
	}

}
