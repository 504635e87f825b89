package org.uniregion.partner;

import java.time.LocalDate;
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

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PartnerApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient staff() {
		return ApiClient.as(TestUsers.STAFF, this.port);
	}

	static Map<String, Object> organization(String name, String region, String creditCode) {
		Map<String, Object> m = new HashMap<>();
		m.put("nameZh", name);
		m.put("nameEn", "Test " + name);
		m.put("type", "ENTERPRISE");
		m.put("regionCode", region);
		m.put("creditCode", creditCode);
		m.put("address", "测试路 1 号");
		m.put("website", "https://example.com");
		return m;
	}

	static Map<String, Object> agreement(String title, String region, String signing, String start, String end) {
		Map<String, Object> m = new HashMap<>();
		m.put("title", title);
		m.put("regionCode", region);
		m.put("signingDate", signing);
		m.put("startDate", start);
		m.put("endDate", end);
		m.put("areas", List.of("TALENT", "INDUSTRY"));
		m.put("resources", "Test resources");
		m.put("resourcesAmount", 1000000.5);
		return m;
	}

	int count(String table) {
		Integer n = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return n == null ? 0 : n;
	}

	@Test
	void createsUpdatesAndDeletesAnOrganizationWithContacts() {
		String code = CreditCodes.complete("91320200MA1TEXT01");
		var created = staff().post("/api/v1/organizations", organization("测试企业甲", "320211", code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).endsWith("/api/v1/organizations/" + id);
		assertThat(created.json().get("regionName").asString()).isNotBlank();
		assertThat(created.json().get("demo").asBoolean()).isFalse();

		var contact = staff().post("/api/v1/organizations/" + id + "/contacts",
				Map.of("name", "张三", "title", "经理", "phone", "+86 510 1234", "email", "zhang@example.com"));
		assertThat(contact.status()).as(contact.body()).isEqualTo(201);
		long contactId = contact.json().get("id").asLong();
		var badContact = staff().post("/api/v1/organizations/" + id + "/contacts", Map.of("name", "李四", "email", "nope"));
		assertThat(badContact.status()).isEqualTo(400);
		assertThat(badContact.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		var changedContact = staff().put("/api/v1/organizations/" + id + "/contacts/" + contactId,
				Map.of("name", "张三", "title", "总经理", "email", "zhang@example.com", "version", contact.json().get("version").asLong()));
		assertThat(changedContact.status()).as(changedContact.body()).isEqualTo(200);
		assertThat(staff().get("/api/v1/organizations/" + id + "/contacts").json().get(0).get("title").asString()).isEqualTo("总经理");

		Map<String, Object> update = organization("测试企业甲（更名）", "320211", code);
		update.put("version", created.json().get("version").asLong());
		var updated = staff().put("/api/v1/organizations/" + id, update);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("nameZh").asString()).isEqualTo("测试企业甲（更名）");

		// The same version again is stale now.
		var stale = staff().put("/api/v1/organizations/" + id, update);
		assertThat(stale.status()).isEqualTo(409);

		assertThat(staff().delete("/api/v1/organizations/" + id + "/contacts/" + contactId).status()).isEqualTo(204);
		assertThat(staff().delete("/api/v1/organizations/" + id).status()).isEqualTo(204);
		assertThat(staff().get("/api/v1/organizations/" + id).status()).isEqualTo(404);
	}

	@Test
	void refusesInvalidOrganizationsAndStoresNothing() {
		int before = count("partner_organization");
		var badCode = staff().post("/api/v1/organizations", organization("测试无效代码", "320200", "91350100M000100Y44"));
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(fields(badCode.json())).containsExactly("creditCode");
		var unknownRegion = staff().post("/api/v1/organizations", organization("测试未知地区", "999999", null));
		assertThat(unknownRegion.status()).isEqualTo(400);
		assertThat(fields(unknownRegion.json())).containsExactly("regionCode");
		// A duplicate of a demo organization's credit code
		var duplicate = staff().post("/api/v1/organizations", organization("测试重复", "320200", DemoPartners.WUXI_ENTERPRISE_CODE));
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(fields(duplicate.json())).containsExactly("creditCode");
		var missing = staff().post("/api/v1/organizations", Map.of("nameZh", ""));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).contains("nameZh", "type", "regionCode");
		assertThat(count("partner_organization")).isEqualTo(before);
	}

	@Test
	void createsUpdatesAndDeletesAnAgreement() {
		LocalDate t = LocalDate.now();
		var created = staff().post("/api/v1/agreements",
				agreement("测试协议", "320200", t.minusDays(3).toString(), t.minusDays(1).toString(), t.plusYears(2).toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode a = created.json();
		long id = a.get("id").asLong();
		assertThat(a.get("status").asString()).isEqualTo("DRAFT");
		assertThat(a.get("regionCode").asString()).isEqualTo("320200");
		assertThat(a.get("resourcesAmount").decimalValue()).isEqualByComparingTo("1000000.50");

		Map<String, Object> update = agreement("测试协议（修改）", "320200", t.minusDays(3).toString(),
				t.minusDays(1).toString(), t.plusYears(3).toString());
		update.put("version", a.get("version").asLong());
		var updated = staff().put("/api/v1/agreements/" + id, update);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(staff().put("/api/v1/agreements/" + id, update).status()).isEqualTo(409);

		long version = updated.json().get("version").asLong();
		var staleMove = staff().post("/api/v1/agreements/" + id + "/transitions", Map.of("to", "SIGNED", "version", version - 1));
		assertThat(staleMove.status()).isEqualTo(409);
		var invalidMove = staff().post("/api/v1/agreements/" + id + "/transitions", Map.of("to", "EXPIRED", "version", version));
		assertThat(invalidMove.status()).isEqualTo(422);
		assertThat(invalidMove.json().get("detail").asString()).contains("Draft").contains("Expired");
		var signed = staff().post("/api/v1/agreements/" + id + "/transitions", Map.of("to", "SIGNED", "version", version));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
		// Only drafts are deleted.
		assertThat(staff().delete("/api/v1/agreements/" + id).status()).isEqualTo(422);
		var inForce = staff().post("/api/v1/agreements/" + id + "/transitions",
				Map.of("to", "IN_FORCE", "version", signed.json().get("version").asLong()));
		assertThat(inForce.json().get("status").asString()).isEqualTo("IN_FORCE");
		var noReason = staff().post("/api/v1/agreements/" + id + "/transitions",
				Map.of("to", "TERMINATED", "version", inForce.json().get("version").asLong()));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(fields(noReason.json())).containsExactly("reason");
		var renewed = staff().post("/api/v1/agreements/" + id + "/transitions",
				Map.of("to", "RENEWED", "version", inForce.json().get("version").asLong(), "reason", "续签"));
		assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
		assertThat(renewed.json().get("status").asString()).isEqualTo("RENEWED");
		long successor = renewed.json().get("successorId").asLong();
		var next = staff().get("/api/v1/agreements/" + successor).json();
		assertThat(next.get("status").asString()).isEqualTo("DRAFT");
		assertThat(next.get("predecessorId").asLong()).isEqualTo(id);

		var history = staff().get("/api/v1/agreements/" + id + "/history").json();
		assertThat(history).extracting(h -> h.get("to").asString()).containsExactly("DRAFT", "SIGNED", "IN_FORCE", "RENEWED");

		var draft = staff().post("/api/v1/agreements", agreement("测试草稿", "130100", null, null, null));
		assertThat(draft.status()).isEqualTo(201);
		assertThat(staff().delete("/api/v1/agreements/" + draft.json().get("id").asLong()).status()).isEqualTo(204);
		assertThat(staff().get("/api/v1/agreements/" + draft.json().get("id").asLong()).status()).isEqualTo(404);
	}

	@Test
	void anAgreementNamesItsOrganizationWhenCreatedChangedAndListedAndTheAuditKeepsOnlyItsOwnData() {
		long first = staff().post("/api/v1/organizations",
				organization("命名企业甲", "320211", CreditCodes.complete("91320200MA1NAME01"))).json().get("id").asLong();
		long second = staff().post("/api/v1/organizations",
				organization("命名企业乙", "320211", CreditCodes.complete("91320200MA1NAME02"))).json().get("id").asLong();
		Map<String, Object> terms = agreement("命名协议", null, null, null, null);
		terms.put("organizationId", first);
		var created = staff().post("/api/v1/agreements", terms);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		// The client asks for English: the English name.
		assertThat(created.json().get("organizationName").asString()).isEqualTo("Test 命名企业甲");

		terms.put("organizationId", second);
		terms.put("version", created.json().get("version").asLong());
		var changed = staff().put("/api/v1/agreements/" + id, terms);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("organizationName").asString()).isEqualTo("Test 命名企业乙");
		assertThat(staff().get("/api/v1/agreements/" + id).json().get("organizationName").asString())
			.isEqualTo("Test 命名企业乙");
		JsonNode listed = staff().get("/api/v1/agreements?organization=" + second).json().get("content");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("organizationName").asString()).isEqualTo("Test 命名企业乙");

		// Deleted (a draft), its last state is audited: its own data, not the names derived from the organization.
		assertThat(staff().delete("/api/v1/agreements/" + id).status()).isEqualTo(204);
		List<String> audited = this.jdbc.queryForList("select action || coalesce(before_json, '') || coalesce(after_json, '') "
				+ "from audit_entry where entity_type = 'agreement' and entity_id = ? order by seq", String.class,
				String.valueOf(id));
		assertThat(audited).hasSize(3).allSatisfy(row -> assertThat(row).contains("organizationId").doesNotContain("loaded"));
		assertThat(audited.get(2)).startsWith("DELETE").contains("命名协议");
	}

	@Test
	void refusesImpossibleDatesAndUnknownRegionsAndStoresNothing() {
		int before = count("agreement");
		int historyBefore = count("agreement_status_change");
		var feb30 = staff().post("/api/v1/agreements", agreement("测试", "320200", "2025-02-30", "2025-03-01", "2027-01-01"));
		assertThat(feb30.status()).isEqualTo(400);
		assertThat(fields(feb30.json())).containsExactly("signingDate");
		var endBeforeStart = staff().post("/api/v1/agreements", agreement("测试", "320200", "2025-01-01", "2025-03-01", "2025-02-01"));
		assertThat(endBeforeStart.status()).isEqualTo(400);
		assertThat(fields(endBeforeStart.json())).containsExactly("endDate");
		var farFuture = staff().post("/api/v1/agreements", agreement("测试", "320200", "2999-01-01", null, null));
		assertThat(farFuture.status()).isEqualTo(400);
		assertThat(fields(farFuture.json())).containsExactly("signingDate");
		var unknownRegion = staff().post("/api/v1/agreements", agreement("测试", "999999", null, null, null));
		assertThat(unknownRegion.status()).isEqualTo(400);
		assertThat(fields(unknownRegion.json())).containsExactly("regionCode");
		Map<String, Object> noArea = agreement("测试", "320200", null, null, null);
		noArea.put("areas", List.of());
		noArea.put("resourcesAmount", -5);
		var bad = staff().post("/api/v1/agreements", noArea);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.json())).containsExactlyInAnyOrder("areas", "resourcesAmount");
		Map<String, Object> unknownOrg = agreement("测试", null, null, null, null);
		unknownOrg.put("organizationId", 987654321);
		var org = staff().post("/api/v1/agreements", unknownOrg);
		assertThat(org.status()).isEqualTo(422);
		assertThat(fields(org.json())).containsExactly("organizationId");
		assertThat(staff().get("/api/v1/agreements?sort=secret,asc").status()).isEqualTo(400);
		assertThat(count("agreement")).isEqualTo(before);
		assertThat(count("agreement_status_change")).isEqualTo(historyBefore);
	}

	@Test
	void aRegionPartnerSeesOnlyItsRegion() {
		ApiClient wuxi = ApiClient.as(TestUsers.WUXI, this.port);
		JsonNode orgs = wuxi.get("/api/v1/organizations?size=200").json();
		assertThat(orgs.get("content").size()).isPositive();
		orgs.get("content").forEach(o -> assertThat(o.get("regionCode").asString()).startsWith("3202"));
		JsonNode agreements = wuxi.get("/api/v1/agreements?size=200").json();
		assertThat(agreements.get("content").size()).isPositive();
		agreements.get("content").forEach(a -> assertThat(a.get("regionCode").asString()).startsWith("3202"));
		assertThat(wuxi.get("/api/v1/agreements?region=130000").json().get("content").size()).isZero();

		long hebei = demoAgreement("河北省校地合作协议");
		assertThat(wuxi.get("/api/v1/agreements/" + hebei).status()).isEqualTo(404);
		assertThat(wuxi.get("/api/v1/agreements/" + hebei + "/documents").status()).isEqualTo(404);
		long wuxiAgreement = demoAgreement("无锡市校地科技合作框架协议");
		JsonNode w = wuxi.get("/api/v1/agreements/" + wuxiAgreement).json();
		assertThat(w.get("regionCode").asString()).isEqualTo("320200");
		var change = wuxi.post("/api/v1/agreements/" + wuxiAgreement + "/transitions",
				Map.of("to", "TERMINATED", "version", w.get("version").asLong(), "reason", "x"));
		assertThat(change.status()).isEqualTo(403);
		assertThat(wuxi.post("/api/v1/agreements", agreement("测试", "320200", null, null, null)).status()).isEqualTo(403);
		// A region partner may register organizations in its region, not elsewhere.
		var inWuxi = wuxi.post("/api/v1/organizations", organization("测试无锡单位", "320213", null));
		assertThat(inWuxi.status()).as(inWuxi.body()).isEqualTo(201);
		assertThat(wuxi.post("/api/v1/organizations", organization("测试河北单位", "130100", null)).status()).isEqualTo(403);
		Map<String, Object> moveAway = organization("测试无锡单位", "130100", null);
		moveAway.put("version", inWuxi.json().get("version").asLong());
		assertThat(wuxi.put("/api/v1/organizations/" + inWuxi.json().get("id").asLong(), moveAway).status()).isEqualTo(403);
	}

	@Test
	void anEnterpriseSeesOnlyItsOwnOrganization() {
		ApiClient enterprise = ApiClient.as(TestUsers.ENTERPRISE, this.port);
		long own = this.jdbc.queryForObject("select organization_id from app_user where username = 'enterprise'", Long.class);
		JsonNode orgs = enterprise.get("/api/v1/organizations").json().get("content");
		assertThat(orgs).hasSize(1);
		assertThat(orgs.get(0).get("id").asLong()).isEqualTo(own);
		JsonNode agreements = enterprise.get("/api/v1/agreements?size=100").json().get("content");
		assertThat(agreements.size()).isPositive();
		agreements.forEach(a -> assertThat(a.get("organizationId").asLong()).isEqualTo(own));
		assertThat(enterprise.get("/api/v1/agreements/" + demoAgreement("无锡市校地科技合作框架协议")).status()).isEqualTo(404);
		assertThat(enterprise.post("/api/v1/organizations", organization("测试", "320200", null)).status()).isEqualTo(403);
	}

	@Test
	void researchersAndReviewersSeeNoPartners() {
		for (TestUsers u : List.of(TestUsers.RESEARCHER, TestUsers.REVIEWER)) {
			assertThat(ApiClient.as(u, this.port).get("/api/v1/organizations").status()).isEqualTo(403);
			assertThat(ApiClient.as(u, this.port).get("/api/v1/agreements").status()).isEqualTo(403);
		}
		assertThat(ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/agreements").status()).isEqualTo(401);
	}

	@Test
	void filtersTheLists() {
		JsonNode expiring = staff().get("/api/v1/agreements?expiringWithinDays=90").json().get("content");
		assertThat(expiring.size()).isPositive();
		expiring.forEach(a -> {
			assertThat(a.get("status").asString()).isIn("IN_FORCE", "EXPIRING");
			assertThat(LocalDate.parse(a.get("endDate").asString())).isBeforeOrEqualTo(LocalDate.now().plusDays(91));
		});
		staff().get("/api/v1/agreements?area=INTERNATIONAL&size=100").json().get("content")
			.forEach(a -> assertThat(a.get("areas").toString()).contains("INTERNATIONAL"));
		staff().get("/api/v1/agreements?status=EXPIRED").json().get("content")
			.forEach(a -> assertThat(a.get("status").asString()).isEqualTo("EXPIRED"));
		JsonNode guangdong = staff().get("/api/v1/organizations?region=440000&size=100").json().get("content");
		assertThat(guangdong.size()).isGreaterThanOrEqualTo(3);
		guangdong.forEach(o -> assertThat(o.get("regionCode").asString()).startsWith("44"));
		JsonNode investors = staff().get("/api/v1/organizations?type=INVESTOR").json().get("content");
		investors.forEach(o -> assertThat(o.get("type").asString()).isEqualTo("INVESTOR"));
		JsonNode byName = staff().get("/api/v1/organizations?q=wuxi%20smart").json().get("content");
		assertThat(byName).hasSize(1);
		JsonNode sorted = staff().get("/api/v1/agreements?sort=title,desc&size=5").json();
		assertThat(sorted.get("page").get("size").asInt()).isEqualTo(5);
	}

	@Test
	void demoDataCoversEveryStatusAndTheFundRegions() {
		List<String> statuses = this.jdbc.queryForList("select distinct status from agreement where demo", String.class);
		assertThat(statuses).containsExactlyInAnyOrder("DRAFT", "SIGNED", "IN_FORCE", "EXPIRING", "EXPIRED", "RENEWED", "TERMINATED");
		for (String prefix : List.of("3202", "13", "53", "44", "4403")) {
			assertThat(this.jdbc.queryForObject("select count(*) from agreement where demo and region_code like ?",
					Integer.class, prefix + "%")).as(prefix).isPositive();
		}
		List<String> codes = this.jdbc.queryForList("select credit_code from partner_organization where demo", String.class);
		assertThat(codes).isNotEmpty().allMatch(CreditCodes::isValid);
		assertThat(this.jdbc.queryForList("select name_zh from partner_organization where demo", String.class))
			.allMatch(n -> n.startsWith("演示"));
	}

	@Autowired
	DemoPartners demo;

	@Test
	void demoDataIsCreatedOnlyOnce() {
		int organizations = this.jdbc.queryForObject("select count(*) from partner_organization where demo", Integer.class);
		int agreements = this.jdbc.queryForObject("select count(*) from agreement where demo", Integer.class);
		this.demo.run(null);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_organization where demo", Integer.class))
			.isEqualTo(organizations);
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where demo", Integer.class)).isEqualTo(agreements);
	}

	long demoAgreement(String titlePart) {
		return this.jdbc.queryForObject("select id from agreement where demo and title like ? order by id limit 1",
				Long.class, "%" + titlePart + "%");
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new java.util.ArrayList<>();
		problem.path("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

}
