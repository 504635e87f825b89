package org.uniregion.demand;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.platform.SubmissionLimiter;
import org.uniregion.platform.SystemActor;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demands through the running application: scope of lists and records per role, the public form with its
 * moderation, honeypot, rate limit and size limits, field errors for bad codes and dates, stale versions,
 * and the expiry job.
 */
@IntegrationTest
class DemandIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("demandSubmissionLimiter")
	SubmissionLimiter limiter;

	@Autowired
	DemandExpiryJob expiryJob;

	@Autowired
	DemandApi api;

	private int configuredLimit;

	@BeforeEach
	void freshLimits() {
		this.configuredLimit = this.limiter.limit();
		this.limiter.reset();
	}

	@AfterEach
	void restoreLimits() {
		this.limiter.configure(this.configuredLimit, Duration.ofHours(1), Clock.systemUTC());
	}

	ApiClient api(TestUsers user) {
		return ApiClient.as(user, this.port);
	}

	long count() {
		Long n = this.jdbc.queryForObject("select count(*) from demand", Long.class);
		return n == null ? 0 : n;
	}

	static Map<String, Object> demand(String title, String region) {
		Map<String, Object> m = new HashMap<>();
		m.put("title", title);
		m.put("text", "测试问题描述 test problem");
		m.put("regionCode", region);
		m.put("industryCode", "39");
		m.put("budget", 1000);
		m.put("deadline", LocalDate.now().plusDays(30).toString());
		m.put("contactName", "测试联系人");
		m.put("contactEmail", "test@example.com");
		return m;
	}

	@Test
	void theRegionPartnerSeesOnlyItsRegionAndTheEnterpriseOnlyItsOrganization() {
		JsonNode wuxi = api(TestUsers.WUXI).get("/api/v1/demands?size=100").json().get("content");
		assertThat(wuxi.size()).isGreaterThanOrEqualTo(4);
		wuxi.forEach(d -> assertThat(d.get("regionCode").asString()).startsWith("3202"));

		long org = this.jdbc.queryForObject("select organization_id from app_user where username = 'enterprise'", Long.class);
		long user = this.jdbc.queryForObject("select id from app_user where username = 'enterprise'", Long.class);
		JsonNode enterprise = api(TestUsers.ENTERPRISE).get("/api/v1/demands?size=100").json().get("content");
		assertThat(enterprise.size()).isGreaterThanOrEqualTo(3);
		enterprise.forEach(d -> assertThat(d.path("organizationId").asLong() == org || d.path("ownerId").asLong() == user)
			.as(d.toString()).isTrue());

		long hebei = this.jdbc.queryForObject("select id from demand where demo and region_code like '13%' order by id limit 1", Long.class);
		assertThat(api(TestUsers.ENTERPRISE).get("/api/v1/demands/" + hebei).status()).isEqualTo(404);
		assertThat(api(TestUsers.WUXI).get("/api/v1/demands/" + hebei).status()).isEqualTo(404);
		assertThat(api(TestUsers.STAFF).get("/api/v1/demands/" + hebei).status()).isEqualTo(200);
		assertThat(api(TestUsers.RESEARCHER).get("/api/v1/demands").status()).isEqualTo(403);
		assertThat(api(TestUsers.REVIEWER).get("/api/v1/demands").status()).isEqualTo(403);
		assertThat(api(TestUsers.ANONYMOUS).get("/api/v1/demands").status()).isEqualTo(401);
	}

	@Test
	void anEnterpriseDemandBelongsToItsOrganizationAndARegionPartnerStaysInItsRegion() {
		long org = this.jdbc.queryForObject("select organization_id from app_user where username = 'enterprise'", Long.class);
		ApiClient.Response created = api(TestUsers.ENTERPRISE).post("/api/v1/demands", demand("企业需求 " + System.nanoTime(), "320211"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("organizationId").asLong()).isEqualTo(org);
		assertThat(created.json().get("source").asString()).isEqualTo("ENTERPRISE");
		assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(created.header("Location")).endsWith("/api/v1/demands/" + created.json().get("id").asLong());

		ApiClient.Response outside = api(TestUsers.WUXI).post("/api/v1/demands", demand("越界 " + System.nanoTime(), "130100"));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
	}

	@Test
	void aPublicSubmissionWaitsInTheModerationQueueUntilApproved() {
		String title = "公众提交 " + System.nanoTime();
		ApiClient.Response r = api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", demand(title, "320205"));
		assertThat(r.status()).isEqualTo(202);
		assertThat(r.json().get("message").asString()).contains("Thank you");
		Map<String, Object> row = this.jdbc.queryForMap("select id, status, source, owner_id, organization_id from demand where title = ?", title);
		assertThat(row.get("status")).isEqualTo("SUBMITTED");
		assertThat(row.get("source")).isEqualTo("PUBLIC");
		assertThat(row.get("owner_id")).isNull();
		assertThat(row.get("organization_id")).isNull();
		long id = ((Number) row.get("id")).longValue();

		// The region partner sees it but does not moderate.
		assertThat(api(TestUsers.WUXI).post("/api/v1/demands/" + id + "/status", Map.of("to", "OPEN", "version", 0)).status())
			.isEqualTo(403);
		assertThat(WebSession.as(TestUsers.WUXI, this.port).get("/demands/moderation").status()).isEqualTo(403);

		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(staff.get("/demands/moderation?size=1000").body()).contains(title);
		WebSession.Page approved = staff.postForm("/demands/moderation/" + id, Map.of("to", "OPEN", "version", "0"));
		assertThat(approved.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select status from demand where id = ?", String.class, id)).isEqualTo("OPEN");
		assertThat(staff.get("/demands/moderation?size=1000").body()).doesNotContain(title);
	}

	@Test
	void theRejectionOfASubmissionNeedsAReason() {
		String title = "驳回 " + System.nanoTime();
		api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", demand(title, "320205"));
		long id = this.jdbc.queryForObject("select id from demand where title = ?", Long.class, title);
		ApiClient.Response noReason = api(TestUsers.STAFF).post("/api/v1/demands/" + id + "/status", Map.of("to", "CLOSED", "version", 0));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		ApiClient.Response rejected = api(TestUsers.STAFF).post("/api/v1/demands/" + id + "/status",
				Map.of("to", "CLOSED", "version", 0, "reason", "spam"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(rejected.json().get("statusReason").asString()).isEqualTo("spam");
	}

	@Test
	void thePublicPageFormStoresASubmissionWithItsCsrfToken() {
		WebSession visitor = WebSession.as(TestUsers.ANONYMOUS, this.port);
		WebSession.Page form = visitor.get("/demand/submit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"homepage\"").contains("aria-hidden=\"true\"").contains("tabindex=\"-1\"");
		String title = "页面提交 " + System.nanoTime();
		Map<String, String> fields = pageFields(title);
		WebSession.Page thanks = visitor.postForm("/demand/submit", fields, form.csrf());
		assertThat(thanks.status()).isEqualTo(200);
		assertThat(thanks.body()).contains("id=\"thanks\"");
		assertThat(this.jdbc.queryForObject("select status from demand where title = ?", String.class, title)).isEqualTo("SUBMITTED");

		WebSession.Page noToken = visitor.postForm("/demand/submit", pageFields("无令牌 " + System.nanoTime()), null);
		assertThat(noToken.status()).isEqualTo(403);
	}

	static Map<String, String> pageFields(String title) {
		Map<String, String> fields = new HashMap<>();
		fields.put("title", title);
		fields.put("text", "页面问题描述");
		fields.put("regionCode", "320200");
		fields.put("contactName", "访客");
		fields.put("contactPhone", "+86 510 1234 5678");
		fields.put("homepage", "");
		return fields;
	}

	@Test
	void aFilledHoneypotIsThankedAndKeptForModerationAsSuspectedSpamNotPublished() {
		String apiTitle = "机器人 " + System.nanoTime();
		Map<String, Object> body = demand(apiTitle, "320200");
		body.put("homepage", "http://spam.example.com");
		ApiClient.Response r = api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", body);
		assertThat(r.status()).isEqualTo(202);
		assertThat(r.json().get("message").asString()).contains("Thank you");

		WebSession bot = WebSession.as(TestUsers.ANONYMOUS, this.port);
		String pageTitle = "页面机器人 " + System.nanoTime();
		Map<String, String> fields = pageFields(pageTitle);
		fields.put("homepage", "http://spam.example.com");
		WebSession.Page page = bot.postForm("/demand/submit", fields);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"thanks\"");

		for (String title : new String[] { apiTitle, pageTitle }) {
			Map<String, Object> row = this.jdbc.queryForMap("select id, status, suspected_spam from demand where title = ?", title);
			assertThat(row.get("status")).as(title).isEqualTo("SUBMITTED");
			assertThat(row.get("suspected_spam")).as(title).isEqualTo(true);
			long id = ((Number) row.get("id")).longValue();
			// the office sees it in the moderation queue, marked; the public does not see it
			assertThat(WebSession.as(TestUsers.STAFF, this.port).get("/demands/moderation?size=200").body())
				.contains("id=\"spam-" + id + "\"").contains("Suspected spam");
			assertThat(WebSession.as(TestUsers.STAFF, this.port).get("/demands/moderation?size=200&lang=zh-CN").body())
				.contains("id=\"spam-" + id + "\"").contains("疑似垃圾信息");
			assertThat(api(TestUsers.STAFF).get("/api/v1/demands/" + id).json().get("suspectedSpam").asBoolean()).isTrue();
			assertThat(api(TestUsers.ANONYMOUS).get("/api/v1/search?kind=demands&q=" + java.net.URLEncoder.encode(title,
					java.nio.charset.StandardCharsets.UTF_8)).body()).doesNotContain(title);
		}
		// an ordinary submission is not marked
		String human = "人工 " + System.nanoTime();
		api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", demand(human, "320200"));
		assertThat(this.jdbc.queryForObject("select suspected_spam from demand where title = ?", Boolean.class, human)).isFalse();
	}

	@Test
	void theSixthSubmissionWithinAnHourIsRefused() {
		this.limiter.configure(5, Duration.ofHours(1), Clock.systemUTC());
		for (int i = 0; i < 5; i++) {
			assertThat(api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", demand("限流 " + i + " " + System.nanoTime(), "320200"))
				.status()).isEqualTo(202);
		}
		long before = count();
		ApiClient.Response sixth = api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", demand("限流 6", "320200"));
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.json().get("code").asString()).isEqualTo("demand.public.tooMany");
		assertThat(sixth.json().get("detail").asString()).contains("at most 5 per hour");
		WebSession.Page page = WebSession.as(TestUsers.ANONYMOUS, this.port).postForm("/demand/submit", pageFields("限流页面"));
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.body()).contains("at most 5 per hour");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void oversizedSubmissionsAreRefused() {
		long before = count();
		ApiClient.Response longTitle = api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", demand("题".repeat(201), "320200"));
		assertThat(longTitle.status()).isEqualTo(400);
		assertThat(longTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
		Map<String, Object> longText = demand("长文本", "320200");
		longText.put("text", "字".repeat(10_001));
		ApiClient.Response text = api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", longText);
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
		Map<String, String> fields = pageFields("页面长文本");
		fields.put("text", "字".repeat(10_001));
		WebSession.Page page = WebSession.as(TestUsers.ANONYMOUS, this.port).postForm("/demand/submit", fields);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"text-error\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void unknownCodesAndPastDeadlinesAreFieldErrorsAndNothingIsStored() {
		long before = count();
		assertField(api(TestUsers.STAFF).post("/api/v1/demands", with(demand("坏地区", "999999"), "regionCode", "999999")), "regionCode");
		assertField(api(TestUsers.STAFF).post("/api/v1/demands", with(demand("坏行业", "320200"), "industryCode", "9999")), "industryCode");
		assertField(api(TestUsers.STAFF).post("/api/v1/demands",
				with(demand("过去", "320200"), "deadline", LocalDate.now().minusDays(3).toString())), "deadline");
		assertField(api(TestUsers.ANONYMOUS).post("/api/v1/public/demands", with(demand("坏地区", "999999"), "regionCode", "999999")),
				"regionCode");
		assertField(api(TestUsers.STAFF).post("/api/v1/demands", with(demand("无联系", "320200"), "contactEmail", null)), "contactEmail");
		ApiClient.Response email = api(TestUsers.STAFF).post("/api/v1/demands", with(demand("坏邮箱", "320200"), "contactEmail", "no-mail"));
		assertThat(email.status()).isEqualTo(400);
		assertThat(email.json().get("errors").get(0).get("field").asString()).isEqualTo("contactEmail");

		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		Map<String, String> fields = pageFields("页面坏行业");
		fields.put("industryCode", "9999");
		WebSession.Page page = staff.postForm("/demands", fields);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"industryCode-error\"");
		assertThat(count()).isEqualTo(before);
	}

	static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
		m.put(key, value);
		return m;
	}

	static void assertField(ApiClient.Response r, String field) {
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void staleVersionsConflictAndForbiddenMovesAreRefused() {
		ApiClient staff = api(TestUsers.STAFF);
		long id = staff.post("/api/v1/demands", demand("版本 " + System.nanoTime(), "320200")).json().get("id").asLong();
		Map<String, Object> change = demand("版本修改", "320200");
		change.put("version", 7);
		assertThat(staff.put("/api/v1/demands/" + id, change).status()).isEqualTo(409);
		change.put("version", 0);
		ApiClient.Response updated = staff.put("/api/v1/demands/" + id, change);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("title").asString()).isEqualTo("版本修改");
		ApiClient.Response expire = staff.post("/api/v1/demands/" + id + "/status", Map.of("to", "EXPIRED", "version", 1));
		assertThat(expire.status()).isEqualTo(422);
		assertThat(staff.get("/api/v1/demands?sort=contactEmail").status()).isEqualTo(400);
		assertThat(staff.get("/api/v1/demands?q=%E7%89%88%E6%9C%AC%E4%BF%AE%E6%94%B9&status=OPEN&region=3202&industry=39&source=STAFF")
			.json().get("content").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(staff.delete("/api/v1/demands/" + id).status()).isEqualTo(204);
	}

	@Test
	void theExpiryJobExpiresDemandsPastTheirDeadline() {
		long due = this.jdbc.queryForObject("insert into demand (title, text, region_code, deadline, contact_name, contact_email, "
				+ "source, status) values ('过期测试', 'x', '320200', ?, 'c', 'c@example.com', 'STAFF', 'OPEN') returning id", Long.class,
				LocalDate.now().minusDays(2));
		long matched = this.jdbc.queryForObject("insert into demand (title, text, region_code, deadline, contact_name, contact_email, "
				+ "source, status) values ('已匹配测试', 'x', '320200', ?, 'c', 'c@example.com', 'STAFF', 'MATCHED') returning id", Long.class,
				LocalDate.now().minusDays(2));
		SystemActor.run(() -> this.expiryJob.run(DemandService.today()));
		assertThat(this.jdbc.queryForObject("select status from demand where id = ?", String.class, due)).isEqualTo("EXPIRED");
		assertThat(this.jdbc.queryForObject("select status from demand where id = ?", String.class, matched)).isEqualTo("MATCHED");
	}

	@Test
	void theDemoDemandsAreLabelledAndCoverTheStatusesAndRegions() {
		var demos = this.jdbc.queryForList("select title, status, source, region_code from demand where demo");
		assertThat(demos).hasSizeBetween(8, 12);
		demos.forEach(d -> assertThat((String) d.get("title")).containsAnyOf("演示", "Demo"));
		assertThat(demos).extracting(d -> d.get("status")).contains("SUBMITTED", "OPEN", "MATCHED", "CLOSED");
		assertThat(demos).extracting(d -> ((String) d.get("region_code")).substring(0, 4))
			.contains("3202", "1301", "5301", "4401", "4403");
		assertThat(demos).filteredOn(d -> "SUBMITTED".equals(d.get("status"))).allMatch(d -> "PUBLIC".equals(d.get("source")));
	}

	@Test
	void theApiOfTheModuleAnswersOnlyWhatTheCallerMaySee() {
		long hebei = this.jdbc.queryForObject("select id from demand where demo and region_code like '13%' order by id limit 1", Long.class);
		assertThat(this.api.find(org.uniregion.platform.Caller.SYSTEM, hebei)).isPresent();
		assertThat(this.api.find(new org.uniregion.platform.Caller(99L, "x", org.uniregion.platform.Role.REGION_PARTNER, "320200", null),
				hebei)).isEmpty();
	}

	@Test
	void thePagesShowListsFormsAndDetails() {
		WebSession wuxi = WebSession.as(TestUsers.WUXI, this.port);
		assertThat(wuxi.get("/demands?size=1000").body()).contains("太湖蓝藻").doesNotContain("440300").doesNotContain("130100");
		assertThat(wuxi.get("/demands?q=zqxjvkw").body()).contains("No demands match.");
		assertThat(wuxi.get("/demands/new").status()).isEqualTo(200);
		WebSession.Page created = wuxi.postForm("/demands", pageFields("无锡页面 " + System.nanoTime()));
		assertThat(created.status()).isEqualTo(302);
		String detail = wuxi.get(created.location().replaceFirst("^https?://[^/]+", "")).body();
		assertThat(detail).contains("无锡页面").contains("Region partner");
	}

}
