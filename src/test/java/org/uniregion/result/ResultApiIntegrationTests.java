package org.uniregion.result;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResultApiIntegrationTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void otherResearcher() {
		ResultFixtures.ensureOtherResearcher(this.jdbc, this.encoder);
	}

	ApiClient as(TestUsers u) {
		return ApiClient.as(u, this.port);
	}

	int count() {
		Integer n = this.jdbc.queryForObject("select count(*) from research_result", Integer.class);
		return n == null ? 0 : n;
	}

	static List<String> visibilities(JsonNode page) {
		return page.get("content").valueStream().map(x -> x.get("visibility").asString()).toList();
	}

	@Test
	void aResearcherCreatesChangesPublishesWithdrawsAndDeletes() {
		ApiClient researcher = as(TestUsers.RESEARCHER);
		ApiClient.Response created = researcher.post("/api/v1/results", ResultFixtures.body("测试：语义检索成果"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode r = created.json();
		long id = r.get("id").asLong();
		assertThat(created.headers().get("location")).containsExactly("/api/v1/results/" + id);
		assertThat(r.get("visibility").asString()).isEqualTo("DRAFT");
		assertThat(r.get("ownerName").asString()).isEqualTo("researcher");
		assertThat(r.get("ipcClasses").get(0).asString()).isEqualTo("G06F16/35");
		assertThat(r.get("transferModes").size()).isEqualTo(2);
		Long researcherId = this.jdbc.queryForObject("select id from app_user where username = 'researcher'", Long.class);
		assertThat(r.get("ownerId").asLong()).isEqualTo(researcherId);

		assertThat(visibilities(researcher.get("/api/v1/results?owner=me&size=100").json())).contains("DRAFT");
		Map<String, Object> change = ResultFixtures.body("测试：语义检索成果（修订）");
		change.put("version", r.get("version").asLong());
		ApiClient.Response updated = researcher.put("/api/v1/results/" + id, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		long version = updated.json().get("version").asLong();

		// A stale version is refused.
		change.put("version", version - 1);
		assertThat(researcher.put("/api/v1/results/" + id, change).status()).isEqualTo(409);
		assertThat(researcher.post("/api/v1/results/" + id + "/visibility", Map.of("to", "PUBLISHED", "version", version - 1))
			.status()).isEqualTo(409);

		ApiClient.Response published = researcher.post("/api/v1/results/" + id + "/visibility",
				Map.of("to", "PUBLISHED", "version", version));
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().get("visibility").asString()).isEqualTo("PUBLISHED");
		assertThat(as(TestUsers.ANONYMOUS).get("/api/v1/catalog/results/" + id).status()).isEqualTo(200);

		// Only a draft is deleted.
		ApiClient.Response notDraft = researcher.delete("/api/v1/results/" + id);
		assertThat(notDraft.status()).isEqualTo(422);
		version = published.json().get("version").asLong();
		assertThat(researcher.post("/api/v1/results/" + id + "/visibility", Map.of("to", "WITHDRAWN", "version", version))
			.status()).isEqualTo(200);
		assertThat(as(TestUsers.ANONYMOUS).get("/api/v1/catalog/results/" + id).status()).isEqualTo(404);
		assertThat(researcher.post("/api/v1/results/" + id + "/visibility", Map.of("to", "DRAFT", "version", version + 1))
			.status()).isEqualTo(200);
		assertThat(researcher.delete("/api/v1/results/" + id).status()).isEqualTo(204);
		assertThat(researcher.get("/api/v1/results/" + id).status()).isEqualTo(404);
	}

	@Test
	void forbiddenMovesAndUnpublishableResultsAnswer422InBothLanguages() {
		ApiClient researcher = as(TestUsers.RESEARCHER);
		Map<String, Object> body = ResultFixtures.body("测试：无关键词成果");
		body.put("keywords", List.of());
		long id = researcher.post("/api/v1/results", body).json().get("id").asLong();
		ApiClient.Response wrongMove = researcher.post("/api/v1/results/" + id + "/visibility", Map.of("to", "WITHDRAWN", "version", 0));
		assertThat(wrongMove.status()).isEqualTo(422);
		assertThat(wrongMove.json().get("detail").asString()).isEqualTo("A result cannot move from Draft to Withdrawn.");
		ApiClient.Response zh = researcher.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/api/v1/results/" + id + "/visibility"))
			.header("Accept-Language", "zh-CN")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"WITHDRAWN\",\"version\":0}")));
		assertThat(zh.status()).isEqualTo(422);
		assertThat(zh.json().get("detail").asString()).isEqualTo("成果不能从“草稿”变为“已撤回”。");

		ApiClient.Response noKeyword = researcher.post("/api/v1/results/" + id + "/visibility", Map.of("to", "PUBLISHED", "version", 0));
		assertThat(noKeyword.status()).isEqualTo(422);
		assertThat(noKeyword.json().get("errors").get(0).get("field").asString()).isEqualTo("keywords");
		assertThat(this.jdbc.queryForObject("select visibility from research_result where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	@Test
	void badInputIsAnsweredWithFieldErrorsAndStoresNothing() {
		ApiClient researcher = as(TestUsers.RESEARCHER);
		int before = count();
		Map<String, Object> unknownIpc = ResultFixtures.body("测试：错误分类");
		unknownIpc.put("ipcClasses", List.of("G06F16/35", "Z99Z"));
		ApiClient.Response r1 = researcher.post("/api/v1/results", unknownIpc);
		assertThat(r1.status()).isEqualTo(422);
		assertThat(r1.json().get("errors").get(0).get("field").asString()).isEqualTo("ipcClasses");
		assertThat(r1.json().get("detail").asString()).contains("Z99Z");

		Map<String, Object> unknownIndustry = ResultFixtures.body("测试：错误行业");
		unknownIndustry.put("industries", List.of("9999"));
		ApiClient.Response r2 = researcher.post("/api/v1/results", unknownIndustry);
		assertThat(r2.status()).isEqualTo(422);
		assertThat(r2.json().get("errors").get(0).get("field").asString()).isEqualTo("industries");

		Map<String, Object> badTrl = ResultFixtures.body("测试：错误成熟度");
		badTrl.put("trl", 12);
		badTrl.put("title", " ");
		badTrl.put("askingAmount", -5);
		ApiClient.Response r3 = researcher.post("/api/v1/results", badTrl);
		assertThat(r3.status()).isEqualTo(400);
		List<String> fields = r3.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).contains("trl", "title", "askingAmount");

		Map<String, Object> badType = ResultFixtures.body("测试：错误类型");
		badType.put("type", "SPACESHIP");
		assertThat(researcher.post("/api/v1/results", badType).status()).isEqualTo(400);
		Map<String, Object> badLanguage = ResultFixtures.body("测试：错误语言");
		badLanguage.put("language", "fr");
		assertThat(researcher.post("/api/v1/results", badLanguage).status()).isEqualTo(400);
		assertThat(researcher.get("/api/v1/results?sort=owner_id").status()).isEqualTo(400);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anotherResearcherNeverSeesOrChangesTheDemoResearchersDrafts() {
		String token = ResultFixtures.otherResearcherToken(this.port);
		long draft = ResultFixtures.demoId(this.jdbc, "DRAFT");
		long internal = ResultFixtures.demoId(this.jdbc, "INTERNAL");
		for (String query : List.of("", "?visibility=DRAFT", "?q=演示", "?owner=me", "?size=100&sort=title,asc")) {
			JsonNode page = ResultFixtures.asOther(this.port, token, "GET", "/api/v1/results" + query, null).json();
			assertThat(visibilities(page)).as(query).doesNotContain("DRAFT", "WITHDRAWN");
		}
		// The demo catalog's thousands of published records come first by date: look at the demo researcher's.
		JsonNode all = ResultFixtures.asOther(this.port, token, "GET", "/api/v1/results?size=100&q=演示", null).json();
		assertThat(visibilities(all)).contains("INTERNAL", "PUBLISHED");
		assertThat(ResultFixtures.asOther(this.port, token, "GET", "/api/v1/results/" + draft, null).status()).isEqualTo(404);
		assertThat(ResultFixtures.asOther(this.port, token, "GET", "/api/v1/results/" + internal, null).status()).isEqualTo(200);

		Map<String, Object> change = ResultFixtures.body("他人修改");
		change.put("version", 0);
		String text = json.writeValueAsString(change);
		assertThat(ResultFixtures.asOther(this.port, token, "PUT", "/api/v1/results/" + draft, text).status()).isEqualTo(404);
		assertThat(ResultFixtures.asOther(this.port, token, "PUT", "/api/v1/results/" + internal, text).status()).isEqualTo(403);
		assertThat(ResultFixtures.asOther(this.port, token, "DELETE", "/api/v1/results/" + draft, null).status()).isEqualTo(404);
		assertThat(ResultFixtures.asOther(this.port, token, "POST", "/api/v1/results/" + internal + "/visibility",
				"{\"to\":\"DRAFT\",\"version\":0}").status()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select title from research_result where id = ?", String.class, draft))
			.doesNotContain("他人修改");
	}

	@Test
	void enterpriseAndAnonymousSeeOnlyPublishedResults() {
		long draft = ResultFixtures.demoId(this.jdbc, "DRAFT");
		long internal = ResultFixtures.demoId(this.jdbc, "INTERNAL");
		long published = ResultFixtures.demoId(this.jdbc, "PUBLISHED");
		JsonNode enterprise = as(TestUsers.ENTERPRISE).get("/api/v1/results?size=100").json();
		assertThat(visibilities(enterprise)).isNotEmpty().containsOnly("PUBLISHED");
		assertThat(as(TestUsers.ENTERPRISE).get("/api/v1/results/" + draft).status()).isEqualTo(404);
		assertThat(as(TestUsers.ENTERPRISE).get("/api/v1/results/" + internal).status()).isEqualTo(404);
		assertThat(as(TestUsers.ENTERPRISE).post("/api/v1/results", ResultFixtures.body("企业不能创建")).status()).isEqualTo(403);

		ApiClient anonymous = as(TestUsers.ANONYMOUS);
		assertThat(anonymous.get("/api/v1/results").status()).isEqualTo(401);
		JsonNode catalog = anonymous.get("/api/v1/catalog/results?size=100").json();
		assertThat(visibilities(catalog)).isNotEmpty().containsOnly("PUBLISHED");
		catalog.get("content").forEach(x -> assertThat(x.path("ownerId").isNull()).isTrue());
		assertThat(anonymous.get("/api/v1/catalog/results/" + published).status()).isEqualTo(200);
		assertThat(anonymous.get("/api/v1/catalog/results/" + draft).status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/catalog/results/" + internal).status()).isEqualTo(404);
		assertThat(anonymous.post("/api/v1/results", ResultFixtures.body("匿名不能创建")).status()).isIn(401, 403);
	}

	@Test
	void staffSeesEverythingAndCreatesForAResearcher() {
		JsonNode all = as(TestUsers.STAFF).get("/api/v1/results?size=100&q=演示").json();
		assertThat(visibilities(all)).contains("DRAFT", "INTERNAL", "PUBLISHED", "WITHDRAWN");
		Map<String, Object> body = ResultFixtures.body("测试：代研究人员创建");
		body.put("ownerUsername", "researcher");
		ApiClient.Response created = as(TestUsers.STAFF).post("/api/v1/results", body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("ownerName").asString()).isEqualTo("researcher");
		assertThat(as(TestUsers.RESEARCHER).get("/api/v1/results/" + created.json().get("id").asLong()).status()).isEqualTo(200);
		body.put("ownerUsername", "enterprise");
		ApiClient.Response notResearcher = as(TestUsers.STAFF).post("/api/v1/results", body);
		assertThat(notResearcher.status()).isEqualTo(422);
		assertThat(notResearcher.json().get("errors").get(0).get("field").asString()).isEqualTo("ownerUsername");
	}

	@Test
	void filtersNarrowTheList() {
		ApiClient staff = as(TestUsers.STAFF);
		JsonNode ipc = staff.get("/api/v1/results?ipc=G06&size=100").json().get("content");
		assertThat(ipc.size()).isPositive();
		ipc.forEach(x -> assertThat(x.get("ipcClasses").valueStream().map(JsonNode::asString)).anyMatch(c -> c.startsWith("G06")));
		JsonNode industry = staff.get("/api/v1/results?industry=3841").json().get("content");
		assertThat(industry.size()).isPositive();
		industry.forEach(x -> assertThat(x.get("industries").valueStream().map(JsonNode::asString)).contains("3841"));
		JsonNode mode = staff.get("/api/v1/results?transferMode=EQUITY&size=100").json().get("content");
		assertThat(mode.size()).isPositive();
		mode.forEach(x -> assertThat(x.get("transferModes").valueStream().map(JsonNode::asString)).contains("EQUITY"));
		// The list's words mean what the search's mean (any word; a quoted phrase for the words together).
		JsonNode q = staff.get("/api/v1/results?size=100&q=" + java.net.URLEncoder.encode("\"正极材料\"", java.nio.charset.StandardCharsets.UTF_8)).json();
		assertThat(q.get("content").size()).isPositive();
		JsonNode keywordOnly = staff.get("/api/v1/results?size=100&q=%22path%20planning%22").json();
		assertThat(keywordOnly.get("content").valueStream().map(x -> x.get("title").asString()))
			.anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("path planning"));
		JsonNode typed = staff.get("/api/v1/results?type=PLANT_VARIETY&trl=9").json().get("content");
		assertThat(typed.size()).isPositive();
		typed.forEach(x -> assertThat(x.get("type").asString()).isEqualTo("PLANT_VARIETY"));
		JsonNode sorted = staff.get("/api/v1/results?sort=trl,desc&size=3").json();
		assertThat(sorted.get("page").get("size").asInt()).isEqualTo(3);
	}

	@Test
	void demoResultsBelongToTheDemoResearcherInEveryVisibilityAndSaySoInTheirTitles() {
		// The demo results written by us; the demo catalog of public data sets says its source instead (DemoCatalogIntegrationTests).
		List<String> visibilities = this.jdbc.queryForList(
				"select distinct visibility from research_result where demo and source is null order by visibility", String.class);
		assertThat(visibilities).containsExactly("DRAFT", "INTERNAL", "PUBLISHED", "WITHDRAWN");
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select r.title, u.username from research_result r left join app_user u on u.id = r.owner_id where r.demo and r.source is null");
		assertThat(rows).hasSizeBetween(10, 20);
		rows.forEach(row -> {
			assertThat(row.get("username")).isEqualTo("researcher");
			assertThat((String) row.get("title")).containsAnyOf("演示", "[Demo]");
		});
		Integer withCodes = this.jdbc.queryForObject(
				"select count(*) from research_result where demo and source is null and cardinality(industries) > 0", Integer.class);
		assertThat(withCodes).isEqualTo(rows.size());
	}

}
