package org.uniregion.lead;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uniregion.platform.SubmissionLimiter;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Express interest → lead, through the real API and pages: who may send it, who sees the lead, the abuse
 * protection (honeypot, rate limit, validation) and the status lifecycle.
 */
@IntegrationTest
@RecordApplicationEvents
class LeadIntegrationTests {

	static final String OTHER_RESEARCHER = "leadresearcher2";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	@Qualifier("leadSubmissionLimiter")
	SubmissionLimiter limiter;

	@Autowired
	LeadService leads;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void restoreLimit() {
		this.limiter.configure(1000, Duration.ofHours(1), Clock.systemUTC());
	}

	long demoId(String visibility) {
		Long id = this.jdbc.queryForObject(
				"select min(id) from research_result where demo and source is null and visibility = ?", Long.class, visibility);
		assertThat(id).as("a demo result in " + visibility).isNotNull();
		return id;
	}

	int leadCount() {
		Integer n = this.jdbc.queryForObject("select count(*) from lead", Integer.class);
		return n == null ? 0 : n;
	}

	static Map<String, Object> interest(String marker) {
		Map<String, Object> m = new HashMap<>();
		m.put("name", "王工程师");
		m.put("organization", "无锡某智能装备有限公司");
		m.put("email", "wang@example.com");
		m.put("phone", "+86 510 1234 5678");
		m.put("message", "我们想了解许可条件。" + marker);
		return m;
	}

	@Test
	void interestInAPublishedResultBecomesALeadForTheOfficeAndTheOwningResearcherOnly() {
		long published = demoId("PUBLISHED");
		String marker = UUID.randomUUID().toString();
		ApiClient.Response sent = ApiClient.as(TestUsers.ANONYMOUS, this.port)
			.post("/api/v1/public/results/" + published + "/interest", interest(marker));
		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		assertThat(sent.json().get("message").asString()).contains("Thank you");

		Map<String, Object> row = this.jdbc.queryForMap("select l.*, r.title as current_title, r.owner_id as owner "
				+ "from lead l join research_result r on r.id = l.result_id where l.message like ?", "%" + marker);
		assertThat(row.get("result_id")).isEqualTo(published);
		assertThat(row.get("result_title")).isEqualTo(row.get("current_title"));
		assertThat(row.get("result_owner_id")).isEqualTo(row.get("owner"));
		assertThat(row.get("status")).isEqualTo("NEW");
		long leadId = ((Number) row.get("id")).longValue();

		String q = "?q=" + marker;
		for (TestUsers reader : new TestUsers[] { TestUsers.STAFF, TestUsers.ADMIN, TestUsers.AUDITOR, TestUsers.RESEARCHER }) {
			JsonNode page = ApiClient.as(reader, this.port).get("/api/v1/leads" + q).json();
			assertThat(page.get("content")).as(reader.name()).hasSize(1);
			assertThat(page.get("content").get(0).get("email").asString()).isEqualTo("wang@example.com");
			assertThat(ApiClient.as(reader, this.port).get("/api/v1/leads/" + leadId).status()).as(reader.name()).isEqualTo(200);
		}
		for (TestUsers outsider : new TestUsers[] { TestUsers.ENTERPRISE, TestUsers.WUXI, TestUsers.REVIEWER }) {
			assertThat(ApiClient.as(outsider, this.port).get("/api/v1/leads" + q).status()).as(outsider.name()).isEqualTo(403);
			assertThat(ApiClient.as(outsider, this.port).get("/api/v1/leads/" + leadId).status()).as(outsider.name()).isEqualTo(403);
		}
		assertThat(ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/leads").status()).isEqualTo(401);

		String other = otherResearcherToken();
		JsonNode otherPage = ApiClient.as(TestUsers.ANONYMOUS, this.port).send(bearer(other, "/api/v1/leads?size=100")).json();
		otherPage.get("content").forEach(x -> assertThat(x.get("id").asLong()).isNotEqualTo(leadId));
		assertThat(ApiClient.as(TestUsers.ANONYMOUS, this.port).send(bearer(other, "/api/v1/leads/" + leadId)).status()).isEqualTo(404);

		// The researcher sees it on its pages too; the office has a home panel with the new leads.
		assertThat(WebSession.as(TestUsers.RESEARCHER, this.port).get("/leads?q=" + marker).body()).contains("无锡某智能装备有限公司");
		String home = WebSession.as(TestUsers.STAFF, this.port).get("/").body();
		assertThat(home).contains("id=\"panel-leads\"").contains("href=\"/leads\"");
		assertThat(WebSession.as(TestUsers.ENTERPRISE, this.port).get("/").body()).doesNotContain("panel-leads")
			.doesNotContain("href=\"/leads\"");
		assertThat(WebSession.as(TestUsers.RESEARCHER, this.port).get("/").body()).doesNotContain("panel-leads")
			.contains("href=\"/leads\"");
	}

	@Test
	void receivingALeadPublishesLeadReceived() {
		long published = demoId("PUBLISHED");
		LeadView lead = this.leads.receive(published, new ExpressInterest("Event", "Org", "e@example.com", null, "event test", null));
		assertThat(this.events.stream(LeadReceived.class))
			.anySatisfy(e -> {
				assertThat(e.leadId()).isEqualTo(lead.id());
				assertThat(e.resultId()).isEqualTo(published);
				assertThat(e.resultOwnerId()).isEqualTo(lead.resultOwnerId());
			});
	}

	@Test
	void interestInADraftWithdrawnOrMissingResultIsNotFoundAndStoresNothing() {
		int before = leadCount();
		for (long id : new long[] { demoId("DRAFT"), demoId("INTERNAL"), demoId("WITHDRAWN"), 999_999_999L }) {
			ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, this.port)
				.post("/api/v1/public/results/" + id + "/interest", interest("draft"));
			assertThat(r.status()).as(id + ": " + r.body()).isEqualTo(404);
			WebSession.Page page = WebSession.as(TestUsers.ANONYMOUS, this.port).postForm("/catalog/" + id + "/interest",
					Map.of("name", "a", "organization", "b", "email", "c@example.com", "message", "m"));
			assertThat(page.status()).as(String.valueOf(id)).isEqualTo(404);
		}
		assertThat(leadCount()).isEqualTo(before);
	}

	@Test
	void aFilledHoneypotIsThankedAndKeptAsSuspectedSpamForTheOffice() {
		int before = leadCount();
		int spamBefore = this.jdbc.queryForObject("select count(*) from lead where suspected_spam", Integer.class);
		Map<String, Object> bot = interest("bot");
		bot.put("website", "http://spam.example.com");
		ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, this.port)
			.post("/api/v1/public/results/" + demoId("PUBLISHED") + "/interest", bot);
		assertThat(r.status()).isEqualTo(202);
		assertThat(r.json().get("message").asString()).contains("Thank you");
		Map<String, String> form = Map.of("name", "bot", "organization", "bot", "email", "bot@example.com", "message", "spam",
				"website", "http://spam.example.com");
		WebSession.Page page = WebSession.as(TestUsers.ANONYMOUS, this.port).postForm("/catalog/" + demoId("PUBLISHED") + "/interest", form);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/interest/sent");
		assertThat(leadCount()).isEqualTo(before + 2);
		assertThat(this.jdbc.queryForObject("select count(*) from lead where suspected_spam", Integer.class)).isEqualTo(spamBefore + 2);
		long id = this.jdbc.queryForObject("select max(id) from lead where suspected_spam", Long.class);
		// the office sees it marked, and filters by it
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(staff.get("/leads/" + id).body()).contains("id=\"spam-badge\"").contains("Suspected spam");
		assertThat(staff.get("/leads/" + id + "?lang=zh-CN").body()).contains("疑似垃圾信息");
		assertThat(staff.get("/leads?spam=true").body()).contains("/leads/" + id + "\"");
		assertThat(staff.get("/leads?spam=false").body()).doesNotContain("/leads/" + id + "\"");
		JsonNode onlySpam = ApiClient.as(TestUsers.STAFF, this.port).get("/api/v1/leads?spam=true&size=100").json();
		assertThat(onlySpam.get("content").size()).isPositive();
		onlySpam.get("content").forEach(l -> assertThat(l.get("suspectedSpam").asBoolean()).isTrue());
	}

	@Test
	void tooManyMessagesFromOneAddressAnswer429() {
		this.limiter.configure(2, Duration.ofHours(1), Clock.systemUTC());
		long published = demoId("PUBLISHED");
		ApiClient anonymous = ApiClient.as(TestUsers.ANONYMOUS, this.port);
		assertThat(anonymous.post("/api/v1/public/results/" + published + "/interest", interest("rate 1")).status()).isEqualTo(202);
		assertThat(anonymous.post("/api/v1/public/results/" + published + "/interest", interest("rate 2")).status()).isEqualTo(202);
		int before = leadCount();
		ApiClient.Response third = anonymous.post("/api/v1/public/results/" + published + "/interest", interest("rate 3"));
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.header("Content-Type")).contains("application/problem+json");
		assertThat(third.json().get("code").asString()).isEqualTo("lead.interest.tooMany");
		WebSession.Page page = WebSession.as(TestUsers.ANONYMOUS, this.port).postForm("/catalog/" + published + "/interest",
				Map.of("name", "a", "organization", "b", "email", "c@example.com", "message", "m"));
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.body()).contains("Too many messages").contains("id=\"interest-form\"");
		assertThat(leadCount()).isEqualTo(before);
	}

	@Test
	void invalidFieldsAreAProblemDetailAndAFormWithErrors() {
		int before = leadCount();
		Map<String, Object> bad = interest("bad");
		bad.put("email", "not-an-email");
		bad.put("name", "");
		bad.put("message", "x".repeat(4001));
		ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, this.port)
			.post("/api/v1/public/results/" + demoId("PUBLISHED") + "/interest", bad);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.header("Content-Type")).contains("application/problem+json");
		assertThat(r.json().get("errors").findValuesAsString("field")).contains("email", "name", "message");

		WebSession.Page page = WebSession.as(TestUsers.ANONYMOUS, this.port).postForm("/catalog/" + demoId("PUBLISHED") + "/interest",
				Map.of("name", "", "organization", "b", "email", "nope", "message", "m"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("aria-invalid=\"true\"").contains("id=\"interest-email-error\"")
			.contains("id=\"interest-name-error\"");
		assertThat(leadCount()).isEqualTo(before);
	}

	@Test
	void theCatalogEntryCarriesTheFormAndTheConfirmationFollows() {
		long published = demoId("PUBLISHED");
		WebSession anonymous = WebSession.as(TestUsers.ANONYMOUS, this.port);
		assertThat(anonymous.get("/catalog/" + published).body()).contains("id=\"interest-form\"").contains("name=\"website\"")
			.contains("/catalog/" + published + "/interest");
		String marker = UUID.randomUUID().toString();
		WebSession.Page sent = anonymous.postForm("/catalog/" + published + "/interest", Map.of("name", "Page Visitor",
				"organization", "Page Org", "email", "page@example.com", "message", "From the page " + marker));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith("/catalog/" + published + "/interest/sent");
		assertThat(anonymous.get("/catalog/" + published + "/interest/sent").body()).contains("id=\"thanks\"");
		Integer stored = this.jdbc.queryForObject("select count(*) from lead where message like ?", Integer.class, "%" + marker);
		assertThat(stored).isEqualTo(1);
		// A logged-in user may send one as well.
		WebSession enterprise = WebSession.as(TestUsers.ENTERPRISE, this.port);
		assertThat(enterprise.postForm("/catalog/" + published + "/interest", Map.of("name", "Ent", "organization", "Ent Org",
				"email", "ent@example.com", "message", "From a user " + marker)).status()).isEqualTo(302);
	}

	@Test
	void theOfficeMovesALeadAlongItsLifecycle() {
		long published = demoId("PUBLISHED");
		String marker = UUID.randomUUID().toString();
		ApiClient.as(TestUsers.ANONYMOUS, this.port).post("/api/v1/public/results/" + published + "/interest", interest(marker));
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		long id = staff.get("/api/v1/leads?status=NEW&q=" + marker).json().get("content").get(0).get("id").asLong();

		ApiClient.Response skip = staff.post("/api/v1/leads/" + id + "/status", Map.of("to", "QUALIFIED", "version", 0));
		assertThat(skip.status()).isEqualTo(422);
		assertThat(skip.json().get("code").asString()).isEqualTo("lead.status.invalid");
		ApiClient.Response contacted = staff.post("/api/v1/leads/" + id + "/status", Map.of("to", "CONTACTED", "version", 0));
		assertThat(contacted.status()).isEqualTo(200);
		assertThat(contacted.json().get("status").asString()).isEqualTo("CONTACTED");
		assertThat(staff.post("/api/v1/leads/" + id + "/status", Map.of("to", "QUALIFIED", "version", 0)).status()).isEqualTo(409);
		assertThat(ApiClient.as(TestUsers.RESEARCHER, this.port)
			.post("/api/v1/leads/" + id + "/status", Map.of("to", "QUALIFIED", "version", 1)).status()).isEqualTo(403);
		assertThat(ApiClient.as(TestUsers.AUDITOR, this.port)
			.post("/api/v1/leads/" + id + "/status", Map.of("to", "QUALIFIED", "version", 1)).status()).isEqualTo(403);

		WebSession page = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(page.get("/leads/" + id).body()).contains("id=\"status-actions\"").contains("Mark as qualified");
		WebSession.Page moved = page.postForm("/leads/" + id + "/status", Map.of("to", "QUALIFIED", "version", "1"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(page.get("/leads/" + id).body()).contains("Qualified");
		assertThat(staff.get("/api/v1/leads/" + id).json().get("status").asString()).isEqualTo("QUALIFIED");
		assertThat(WebSession.as(TestUsers.AUDITOR, this.port).get("/leads/" + id).body()).doesNotContain("id=\"status-actions\"");
		assertThat(staff.get("/api/v1/leads?sort=nonsense").status()).isEqualTo(400);
		assertThat(staff.get("/api/v1/leads?sort=organization,asc&status=QUALIFIED").status()).isEqualTo(200);
	}

	private String otherResearcherToken() {
		this.jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, 'RESEARCHER') "
				+ "on conflict do nothing", OTHER_RESEARCHER, this.encoder.encode(TestUsers.PASSWORD), "Lead test researcher");
		String basic = Base64.getEncoder()
			.encodeToString((OTHER_RESEARCHER + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, this.port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"lead tests " + URLEncoder.encode(UUID.randomUUID().toString(), StandardCharsets.UTF_8) + "\"}")));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("secret").asString();
	}

	private HttpRequest.Builder bearer(String token, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET();
	}

}
