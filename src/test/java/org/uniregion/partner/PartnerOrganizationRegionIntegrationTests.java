package org.uniregion.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement with an organization and no region of its own belongs to the organization's region: when the
 * organization moves, its agreements that are not final move along, and with them who may see them.
 */
@IntegrationTest
class PartnerOrganizationRegionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient staff() {
		return ApiClient.as(TestUsers.STAFF, this.port);
	}

	long organization(String name, String region) {
		var created = staff().post("/api/v1/organizations", PartnerApiIntegrationTests.organization(name, region, null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	long agreement(String title, long organizationId, String ownRegion, String... moves) {
		Map<String, Object> body = new HashMap<>(
				PartnerApiIntegrationTests.agreement(title, ownRegion, "2025-01-01", "2025-02-01", "2035-01-31"));
		body.put("organizationId", organizationId);
		var created = staff().post("/api/v1/agreements", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		long version = created.json().get("version").asLong();
		for (String to : moves) {
			var moved = staff().post("/api/v1/agreements/" + id + "/transitions",
					Map.of("to", to, "version", version, "reason", "测试"));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
			version = moved.json().get("version").asLong();
		}
		return id;
	}

	ApiClient.Response moveOrganization(TestUsers user, long id, String region) {
		JsonNode o = staff().get("/api/v1/organizations/" + id).json();
		Map<String, Object> body = PartnerApiIntegrationTests.organization(o.get("nameZh").asString(), region, null);
		body.put("version", o.get("version").asLong());
		return ApiClient.as(user, this.port).put("/api/v1/organizations/" + id, body);
	}

	String region(long agreementId) {
		return this.jdbc.queryForObject("select region_code from agreement where id = ?", String.class, agreementId);
	}

	List<Long> listedFor(TestUsers user, long organizationId) {
		var list = ApiClient.as(user, this.port).get("/api/v1/agreements?size=100&organization=" + organizationId);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		List<Long> ids = new java.util.ArrayList<>();
		list.json().get("content").forEach(a -> ids.add(a.get("id").asLong()));
		return ids;
	}

	int status(TestUsers user, long agreementId) {
		return ApiClient.as(user, this.port).get("/api/v1/agreements/" + agreementId).status();
	}

	@Test
	void nonFinalAgreementsWithoutARegionOfTheirOwnFollowTheOrganization() {
		long org = organization("区域迁移测试单位", "130100");
		long draft = agreement("迁移测试 草稿", org, null);
		long inForce = agreement("迁移测试 生效", org, null, "SIGNED", "IN_FORCE");
		long ownRegion = agreement("迁移测试 自有区域", org, "130000");
		long terminated = agreement("迁移测试 已终止", org, null, "TERMINATED");
		assertThat(status(TestUsers.WUXI, draft)).isEqualTo(404);
		assertThat(listedFor(TestUsers.WUXI, org)).isEmpty();

		// Into Wuxi: the region partner of Wuxi now sees the organization and the two agreements that moved.
		var in = moveOrganization(TestUsers.STAFF, org, "320205");
		assertThat(in.status()).as(in.body()).isEqualTo(200);
		assertThat(region(draft)).isEqualTo("320205");
		assertThat(region(inForce)).isEqualTo("320205");
		assertThat(region(ownRegion)).isEqualTo("130000");
		assertThat(region(terminated)).isEqualTo("130100");
		assertThat(listedFor(TestUsers.WUXI, org)).containsExactlyInAnyOrder(draft, inForce);
		assertThat(status(TestUsers.WUXI, draft)).isEqualTo(200);
		assertThat(status(TestUsers.WUXI, inForce)).isEqualTo(200);
		assertThat(status(TestUsers.WUXI, ownRegion)).isEqualTo(404);
		assertThat(status(TestUsers.WUXI, terminated)).isEqualTo(404);
		var agreementJson = staff().get("/api/v1/agreements/" + inForce).json();
		assertThat(agreementJson.get("regionCode").asString()).isEqualTo("320205");
		assertThat(agreementJson.get("status").asString()).isEqualTo("IN_FORCE");
		assertThat(WebSession.as(TestUsers.WUXI, this.port).get("/agreements?q=迁移测试").body()).contains("迁移测试 草稿")
			.contains("迁移测试 生效").doesNotContain("迁移测试 自有区域").doesNotContain("迁移测试 已终止");

		// Within Wuxi, the region partner itself may move it; the agreements follow.
		var within = moveOrganization(TestUsers.WUXI, org, "320211");
		assertThat(within.status()).as(within.body()).isEqualTo(200);
		assertThat(region(draft)).isEqualTo("320211");
		assertThat(region(inForce)).isEqualTo("320211");

		// But not out of its reach: refused, and nothing moved.
		var outByPartner = moveOrganization(TestUsers.WUXI, org, "130100");
		assertThat(outByPartner.status()).isEqualTo(403);
		assertThat(region(draft)).isEqualTo("320211");
		assertThat(this.jdbc.queryForObject("select region_code from partner_organization where id = ?", String.class, org))
			.isEqualTo("320211");

		// Out of Wuxi again: the region partner no longer sees them.
		var out = moveOrganization(TestUsers.STAFF, org, "130100");
		assertThat(out.status()).as(out.body()).isEqualTo(200);
		assertThat(region(draft)).isEqualTo("130100");
		assertThat(region(inForce)).isEqualTo("130100");
		assertThat(listedFor(TestUsers.WUXI, org)).isEmpty();
		assertThat(status(TestUsers.WUXI, draft)).isEqualTo(404);
		assertThat(status(TestUsers.WUXI, inForce)).isEqualTo(404);
		assertThat(WebSession.as(TestUsers.WUXI, this.port).get("/agreements?q=迁移测试").body()).doesNotContain("迁移测试 草稿")
			.doesNotContain("迁移测试 生效");
		assertThat(listedFor(TestUsers.STAFF, org)).containsExactlyInAnyOrder(draft, inForce, ownRegion, terminated);

		// Each move is in the agreement's audit trail, by whom it was made.
		List<String> actors = this.jdbc.queryForList("select actor from audit_entry where entity_type = 'agreement' "
				+ "and entity_id = ? and action = 'UPDATE' and after_json like '%region%' order by seq", String.class,
				String.valueOf(draft));
		assertThat(actors).containsSubsequence("staff", "wuxi", "staff");
	}

}
