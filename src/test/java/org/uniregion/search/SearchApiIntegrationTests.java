package org.uniregion.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search API and pages on the real index: relevance in both languages, highlights, facets, sorts, the
 * caller's scope on every hit, the index following committed changes, and the index administration.
 */
@IntegrationTest
class SearchApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient as(TestUsers u) {
		return ApiClient.as(u, this.port);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static List<String> titles(JsonNode answer) {
		return answer.get("content").valueStream().map(h -> h.get("title").asString()).toList();
	}

	static Set<Long> ids(JsonNode answer) {
		Set<Long> ids = new HashSet<>();
		answer.get("content").forEach(h -> ids.add(h.get("id").asLong()));
		return ids;
	}

	JsonNode search(TestUsers u, String query) {
		ApiClient.Response r = as(u).get("/api/v1/search?" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	@Test
	void aChineseQueryFindsTheChineseAbstractItParaphrases() {
		// CSL: 长江河口空间元数据研究 — said in other words.
		JsonNode answer = search(TestUsers.STAFF, "kind=results&q=" + enc("统一长江口的数据格式，用空间元数据实现信息共享"));
		assertThat(titles(answer).get(0)).isEqualTo("长江河口空间元数据研究");
		JsonNode top = answer.get("content").get(0);
		assertThat(top.get("snippetHtml").asString()).contains("<mark>");
		assertThat(top.get("url").asString()).startsWith("/results/");
		assertThat(top.get("tags").toString()).contains("CSL");
	}

	@Test
	void anEnglishQueryIsStemmedAndFindsTheNasaOffer() {
		JsonNode answer = search(TestUsers.ENTERPRISE,
				"kind=results&q=" + enc("dielectrics with tailored permittivity from nanotubes in a polymer"));
		assertThat(titles(answer).get(0)).isEqualTo("Tailorable Dielectric Material with Complex Permittivity Characteristics");
		assertThat(answer.get("content").get(0).get("titleHtml").asString()).contains("<mark>Dielectric</mark>");
		assertThat(titles(search(TestUsers.ENTERPRISE, "kind=results&q=" + enc("planning paths for industrial robots"))))
			.contains("[Demo] Industrial robot path planning toolkit");
	}

	@Test
	void theDemoCatalogIsFacetedBySource() {
		JsonNode nasa = search(TestUsers.ANONYMOUS, "kind=results&source=NASA&size=1");
		Long inDatabase = this.jdbc.queryForObject(
				"select count(*) from research_result where source = 'NASA' and visibility = 'PUBLISHED'", Long.class);
		assertThat(nasa.get("page").get("totalElements").asLong()).isEqualTo(inDatabase).isPositive();
		assertThat(facet(nasa, "source").get("values").toString()).contains("NASA");
	}

	@Test
	void theTitleWeighsMoreThanTheAbstract() {
		String word = Words.unique();
		ApiClient staff = as(TestUsers.STAFF);
		long inAbstract = create(staff, "权重测试甲", "摘要提到 " + word + " 一次。");
		long inTitle = create(staff, "权重测试乙 " + word, "摘要不提。");
		publish(staff, inAbstract);
		publish(staff, inTitle);
		JsonNode answer = search(TestUsers.STAFF, "kind=results&q=" + word);
		assertThat(ids(answer)).containsExactlyInAnyOrder(inAbstract, inTitle);
		assertThat(answer.get("content").get(0).get("id").asLong()).isEqualTo(inTitle);
	}

	@Test
	void facetsCountAndFilterAndSelectedValuesAreMarked() {
		JsonNode all = search(TestUsers.STAFF, "kind=results&size=100");
		JsonNode typeFacet = facet(all, "type");
		assertThat(typeFacet.get("label").asString()).isNotBlank();
		long patents = count(typeFacet, "PATENT");
		assertThat(patents).isPositive();

		JsonNode filtered = search(TestUsers.STAFF, "kind=results&type=PATENT&size=100");
		assertThat(filtered.get("page").get("totalElements").asLong()).isEqualTo(patents);
		assertThat(facet(filtered, "type").get("values").valueStream()
			.filter(v -> v.get("selected").asBoolean()).map(v -> v.get("value").asString())).containsExactly("PATENT");

		// Two values of one facet are alternatives; two facets both apply.
		JsonNode either = search(TestUsers.STAFF, "kind=results&type=PATENT&type=SOFTWARE_COPYRIGHT&size=100");
		assertThat(either.get("page").get("totalElements").asLong())
			.isEqualTo(patents + count(typeFacet, "SOFTWARE_COPYRIGHT"));
		JsonNode both = search(TestUsers.STAFF, "kind=results&type=PATENT&ipcSection=H&size=100");
		String patentLabel = typeFacet.get("values").valueStream().filter(v -> v.get("value").asString().equals("PATENT"))
			.findFirst().orElseThrow().get("label").asString();
		both.get("content").forEach(h -> assertThat(h.get("tags").get(0).asString()).isEqualTo(patentLabel));
		assertThat(both.get("page").get("totalElements").asLong()).isLessThanOrEqualTo(patents);
	}

	@Test
	void industryAndIpcFacetsAreLabelledWithTheClassifications() {
		JsonNode all = search(TestUsers.STAFF, "kind=results&size=1");
		// the client asks in English: the English titles of the IPC sections and GB/T 4754 divisions
		assertThat(facet(all, "ipcSection").get("values").toString()).contains("\"G\"").contains("G Physics").doesNotContain("物理");
		assertThat(facet(all, "industry").get("values").toString()).contains("\"65\"")
			.contains("65 Software and information technology services").doesNotContain("软件和信息技术服务业");
	}

	@Test
	void sortsAndPagesAreOffered() {
		JsonNode byTitle = search(TestUsers.STAFF, "kind=results&sort=title&size=5");
		List<String> t = titles(byTitle);
		assertThat(t).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		JsonNode second = search(TestUsers.STAFF, "kind=results&sort=title&size=5&page=1");
		assertThat(ids(second)).doesNotContainAnyElementsOf(ids(byTitle));
		assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
		JsonNode catalogs = as(TestUsers.STAFF).get("/api/v1/search/catalogs").json();
		assertThat(catalogs.toString()).contains("results", "demands", "relevance", "ipcSection", "province");
	}

	@Test
	void highlightsAreEscapedHtml() {
		ApiClient staff = as(TestUsers.STAFF);
		long id = create(staff, "<script>alert(1)</script> 转义测试 xsscheck", "<b>粗体</b> 摘要 xsscheck");
		publish(staff, id);
		JsonNode hit = search(TestUsers.STAFF, "kind=results&q=xsscheck").get("content").get(0);
		assertThat(hit.get("titleHtml").asString()).contains("&lt;script&gt;").doesNotContain("<script>")
			.contains("<mark>xsscheck</mark>");
		assertThat(hit.get("snippetHtml").asString()).contains("&lt;b&gt;").doesNotContain("<b>");
		String page = WebSession.as(TestUsers.STAFF, this.port).get("/search?q=xsscheck").body();
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains("<mark>xsscheck</mark>");
	}

	@Test
	void badParametersAreProblemsNotFailures() {
		ApiClient staff = as(TestUsers.STAFF);
		assertProblem(staff.get("/api/v1/search?kind=results&sort=bogus"), 400, "bogus");
		assertProblem(staff.get("/api/v1/search?kind=results&trl=ten"), 400, "trl");
		assertProblem(staff.get("/api/v1/search?kind=results&type=NONSENSE"), 400, "NONSENSE");
		assertProblem(staff.get("/api/v1/search?kind=results&size=1000"), 400, "size");
		assertProblem(staff.get("/api/v1/search?kind=results&page=-1"), 400, "page");
		assertProblem(staff.get("/api/v1/search?kind=results&page=999&size=100"), 400, "10,000");
		assertProblem(staff.get("/api/v1/search?kind=nothing"), 404, "nothing");
		assertThat(staff.get("/api/v1/search?kind=results&q=" + enc("\"unbalanced (quote + -")).status()).isEqualTo(200);
		assertThat(WebSession.as(TestUsers.STAFF, this.port).get("/search?sort=bogus").status()).isEqualTo(400);
	}

	static void assertProblem(ApiClient.Response r, int status, String mentioned) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		assertThat(r.header("Content-Type")).contains("application/problem+json");
		assertThat(r.json().get("detail").asString()).contains(mentioned);
	}

	@Test
	void demandHitsStayInTheCallersScope() {
		Set<Long> wuxiMay = new HashSet<>(this.jdbc.queryForList(
				"select id from demand where region_code like '3202%'", Long.class));
		Set<Long> wuxiHits = ids(search(TestUsers.WUXI, "kind=demands&size=100"));
		assertThat(wuxiHits).isNotEmpty();
		assertThat(wuxiMay).containsAll(wuxiHits);

		Long org = this.jdbc.queryForObject("select organization_id from app_user where username = 'enterprise'", Long.class);
		Long user = this.jdbc.queryForObject("select id from app_user where username = 'enterprise'", Long.class);
		Set<Long> enterpriseMay = new HashSet<>(this.jdbc.queryForList(
				"select id from demand where organization_id = ? or owner_id = ?", Long.class, org, user));
		JsonNode enterprise = search(TestUsers.ENTERPRISE, "kind=demands&size=100");
		assertThat(enterpriseMay).containsAll(ids(enterprise));
		assertThat(enterprise.get("page").get("totalElements").asLong()).isEqualTo(enterpriseMay.size());
		Long others = this.jdbc.queryForObject("select count(*) from demand where organization_id is distinct from ? "
				+ "and owner_id is distinct from ?", Long.class, org, user);
		assertThat(others).isPositive();

		JsonNode staff = search(TestUsers.STAFF, "kind=demands&size=1");
		Long all = this.jdbc.queryForObject("select count(*) from demand", Long.class);
		assertThat(staff.get("page").get("totalElements").asLong()).isEqualTo(all);
		assertThat(facet(staff, "province").get("values").toString()).contains("320000");

		assertThat(as(TestUsers.RESEARCHER).get("/api/v1/search?kind=demands").status()).isEqualTo(403);
		assertThat(as(TestUsers.ANONYMOUS).get("/api/v1/search?kind=demands").status()).isIn(401, 403);
	}

	@Test
	void anonymousCallersSearchOnlyPublishedResults() {
		JsonNode answer = search(TestUsers.ANONYMOUS, "kind=results&size=100");
		Long published = this.jdbc.queryForObject("select count(*) from research_result where visibility = 'PUBLISHED'",
				Long.class);
		assertThat(answer.get("page").get("totalElements").asLong()).isEqualTo(published);
		assertThat(facet(answer, "visibility").get("values").valueStream().map(v -> v.get("value").asString()))
			.containsExactly("PUBLISHED");
		answer.get("content").forEach(h -> assertThat(h.get("url").asString()).startsWith("/catalog/"));
	}

	@Test
	void theIndexFollowsEveryCommittedChange() {
		ApiClient staff = as(TestUsers.STAFF);
		String alpha = Words.unique();
		String beta = Words.unique();
		String gamma = Words.unique();
		long id = create(staff, "索引跟随 " + alpha, "摘要");
		assertThat(ids(search(TestUsers.STAFF, "kind=results&q=" + alpha))).containsExactly(id);

		Map<String, Object> changed = body("索引跟随 " + beta, "摘要");
		changed.put("version", 0);
		assertThat(staff.put("/api/v1/results/" + id, changed).status()).isEqualTo(200);
		assertThat(ids(search(TestUsers.STAFF, "kind=results&q=" + alpha))).isEmpty();
		assertThat(ids(search(TestUsers.STAFF, "kind=results&q=" + beta))).containsExactly(id);

		// A refused change (stale version) leaves the index as it was.
		Map<String, Object> stale = body("索引跟随 " + gamma, "摘要");
		stale.put("version", 0);
		assertThat(staff.put("/api/v1/results/" + id, stale).status()).isEqualTo(409);
		assertThat(ids(search(TestUsers.STAFF, "kind=results&q=" + gamma))).isEmpty();

		assertThat(staff.delete("/api/v1/results/" + id).status()).isEqualTo(204);
		assertThat(ids(search(TestUsers.STAFF, "kind=results&q=" + beta))).isEmpty();
	}

	@Test
	void anAdministratorSeesTheIndexAndRebuildsIt() {
		ApiClient admin = as(TestUsers.ADMIN);
		JsonNode status = admin.get("/api/v1/search/index").json();
		// (Some tests insert rows with plain SQL, behind the index's back: the rebuild below brings them in.)
		assertThat(status.get("entries").toString()).contains("ResearchResult", "Demand");

		ApiClient.Response started = admin.post("/api/v1/search/index/rebuild", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.json().get("state").asString()).isEqualTo("RUNNING");
		awaitRebuilt(this.port);
		JsonNode after = admin.get("/api/v1/search/index").json();
		assertThat(after.get("rebuild").get("state").asString()).isEqualTo("DONE");
		long total = 0;
		for (JsonNode e : after.get("entries")) {
			assertThat(e.get("inIndex").asLong()).isEqualTo(e.get("inDatabase").asLong());
			total += e.get("inDatabase").asLong();
		}
		assertThat(after.get("rebuild").get("indexed").asLong()).isEqualTo(total);
		assertThat(after.get("rebuild").get("percent").asInt()).isEqualTo(100);

		assertThat(as(TestUsers.STAFF).get("/api/v1/search/index").status()).isEqualTo(403);
		assertThat(as(TestUsers.STAFF).post("/api/v1/search/index/rebuild", Map.of()).status()).isEqualTo(403);
		String page = WebSession.as(TestUsers.ADMIN, this.port).get("/admin/search").body();
		assertThat(page).contains("<progress", "rebuild-button");
	}

	/** Waits until no rebuild runs (a rebuild empties the index first: other tests must not search meanwhile). */
	static void awaitRebuilt(int port) {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode r = ApiClient.as(TestUsers.ADMIN, port).get("/api/v1/search/index").json().path("rebuild");
			return r.isMissingNode() || r.isNull() || !"RUNNING".equals(r.path("state").asString());
		});
	}

	@Test
	void theSearchPageShowsFacetsHighlightsAndTabs() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		String page = staff.get("/search?q=" + enc("锂电池")).body();
		assertThat(page).contains("id=\"facet-type\"", "<mark>", "id=\"tab-demands\"", "aria-pressed");
		String demands = staff.get("/search?kind=demands").body();
		assertThat(demands).contains("id=\"facet-province\"");
		assertThat(WebSession.as(TestUsers.RESEARCHER, this.port).get("/search").body()).doesNotContain("tab-demands");
		String catalog = WebSession.as(TestUsers.ANONYMOUS, this.port).get("/catalog?q=" + enc("robot")).body();
		assertThat(catalog).contains("<mark>", "/catalog/");
		assertThat(WebSession.as(TestUsers.ANONYMOUS, this.port).get("/catalog?type=BOGUS").status()).isEqualTo(400);
	}

	static JsonNode facet(JsonNode answer, String name) {
		for (JsonNode f : answer.get("facets")) {
			if (f.get("name").asString().equals(name)) {
				return f;
			}
		}
		throw new AssertionError("no facet " + name + " in " + answer.get("facets"));
	}

	static long count(JsonNode facet, String value) {
		for (JsonNode v : facet.get("values")) {
			if (v.get("value").asString().equals(value)) {
				return v.get("count").asLong();
			}
		}
		return 0;
	}

	static Map<String, Object> body(String title, String abstractText) {
		Map<String, Object> m = new HashMap<>();
		m.put("type", "PATENT");
		m.put("title", title);
		m.put("abstractText", abstractText);
		m.put("keywords", List.of("检索测试"));
		m.put("ipcClasses", List.of("G06F16/35"));
		m.put("industries", List.of("6513"));
		m.put("trl", 5);
		m.put("transferModes", List.of("LICENSE"));
		m.put("language", "zh");
		m.put("ownerName", "staff");
		return m;
	}

	static long create(ApiClient staff, String title, String abstractText) {
		ApiClient.Response r = staff.post("/api/v1/results", body(title, abstractText));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	static void publish(ApiClient staff, long id) {
		ApiClient.Response r = staff.post("/api/v1/results/" + id + "/visibility", Map.of("to", "PUBLISHED", "version", 0));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
	}

}
