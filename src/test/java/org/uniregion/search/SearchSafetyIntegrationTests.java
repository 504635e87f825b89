package org.uniregion.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.search.SearchApiIntegrationTests.enc;

/**
 * What users type and what they stored must never hurt: stored HTML comes back escaped on every path of the
 * search (no words, words in one field, words in both; API, search page, public catalog), any text is a valid
 * query (never a 5xx), the result and demand lists mean by {@code q} what the search means (same total, same
 * export), the search page shows its facets once, and the API documents its real parameters.
 */
@IntegrationTest
class SearchSafetyIntegrationTests {

	static final String IMG = "<img src=x onerror=alert(1)>";

	static final String SCRIPT = "<script>alert(2)</script>";

	@LocalServerPort
	int port;

	ApiClient as(TestUsers u) {
		return ApiClient.as(u, this.port);
	}

	/** The HTML holds no tag but {@code <mark>} and {@code </mark>}, and its marks are balanced. */
	static void assertOnlyMarks(String html) {
		String unmarked = html.replace("<mark>", "").replace("</mark>", "");
		assertThat(unmarked).as(html).doesNotContain("<", ">");
		int depth = 0;
		Matcher m = Pattern.compile("</?mark>").matcher(html);
		while (m.find()) {
			depth += m.group().startsWith("</") ? -1 : 1;
			assertThat(depth).as(html).isBetween(0, 1);
		}
		assertThat(depth).as(html).isZero();
	}

	static JsonNode hit(JsonNode answer, long id) {
		for (JsonNode h : answer.get("content")) {
			if (h.get("id").asLong() == id) {
				return h;
			}
		}
		throw new AssertionError("no hit " + id + " in " + answer);
	}

	JsonNode search(TestUsers u, String query) {
		ApiClient.Response r = as(u).get("/api/v1/search?" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	/** A page shows the stored markup as text, never as markup. */
	static void assertEscaped(String page) {
		assertThat(page).doesNotContain(IMG).doesNotContain(SCRIPT).doesNotContain("<img");
		assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void storedHtmlComesBackEscapedOnEveryPath() {
		String both = Words.unique();
		String abstractOnly = Words.unique();
		ApiClient staff = as(TestUsers.STAFF);
		long id = SearchApiIntegrationTests.create(staff, IMG + " 存储的标记 " + both,
				SCRIPT + IMG + " 摘要 " + both + " " + abstractOnly + " <b>粗</b> & \"引号\"");
		SearchApiIntegrationTests.publish(staff, id);

		for (TestUsers u : List.of(TestUsers.STAFF, TestUsers.ANONYMOUS)) {
			for (String query : List.of("sort=newest&size=50", "q=" + both, "q=" + abstractOnly,
					"q=" + both + "+" + abstractOnly, "sort=newest&type=PATENT&size=50")) {
				JsonNode h = hit(search(u, "kind=results&" + query), id);
				assertOnlyMarks(h.get("titleHtml").asString());
				assertOnlyMarks(h.get("snippetHtml").asString());
				assertThat(h.get("titleHtml").asString()).as(query).contains("&lt;img src=x onerror=alert(1)&gt;");
				assertThat(h.get("snippetHtml").asString()).as(query).contains("&lt;script&gt;");
			}
		}
		WebSession office = WebSession.as(TestUsers.STAFF, this.port);
		WebSession visitor = WebSession.as(TestUsers.ANONYMOUS, this.port);
		for (String query : List.of("sort=newest", "q=" + both, "q=" + abstractOnly)) {
			assertEscaped(office.get("/search?kind=results&" + query).body());
			assertEscaped(visitor.get("/catalog?" + query).body());
		}

		// A demand (as an anonymous submission would be, once in the office's search).
		Map<String, Object> demand = new HashMap<>();
		demand.put("title", IMG + " 需求标记 " + both);
		demand.put("text", SCRIPT + " " + abstractOnly);
		demand.put("regionCode", "320205");
		demand.put("contactName", "测试联系人");
		demand.put("contactEmail", "test@example.com");
		ApiClient.Response created = staff.post("/api/v1/demands", demand);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long demandId = created.json().get("id").asLong();
		for (String query : List.of("sort=newest&size=50", "q=" + both, "q=" + abstractOnly)) {
			JsonNode h = hit(search(TestUsers.STAFF, "kind=demands&" + query), demandId);
			assertOnlyMarks(h.get("titleHtml").asString());
			assertOnlyMarks(h.get("snippetHtml").asString());
			assertEscaped(office.get("/search?kind=demands&" + query).body());
		}
	}

	@Test
	void oneWordIsOneMark() {
		JsonNode answer = search(TestUsers.STAFF, "kind=results&q=" + enc("锂电池") + "&size=20");
		assertThat(answer.get("page").get("totalElements").asLong()).isPositive();
		String all = answer.get("content").toString();
		assertThat(all).contains("<mark>").doesNotContain("</mark><mark>");
	}

	/** Odd texts as users type them: unbalanced quotes, operators, Lucene syntax, only punctuation, very long. */
	static List<String> oddQueries() {
		List<String> q = new ArrayList<>(List.of("a~", "a~2", "abc~", "abc~0.5", "\"a b\"~2", "a^2", "a^", "^", "~", "*",
				"?", "\\", "\\\\", "+", "-", "|", "(", ")", "()", "((a)", "a)", "\"", "\"\"", "\"a", "a\"", "AND", "OR",
				"NOT", "a AND", "OR b", "NOT NOT", "a && b", "a || b", "!a", "a:b", "title:x", "[a TO b]", "{a TO b}", "/a/",
				"a*", "*a", "a?b", "电池~", "锂*", "\"锂电池", "控制 -", "- 控制", "-控制 +", "+-|", "~~~", "^^^", "...",
				"，。；！？", "@#$%&", " ", "\t", "\u0000", "\uE000", "\uE001mark\uE000", "<mark>", "</mark>",
				"a".repeat(500), "电".repeat(500), "a ".repeat(250), "a".repeat(2000), "\"".repeat(501)));
		String[] parts = { "a", "控制", "robot", "~", "~2", "^", "^2", "*", "?", "\\", "+", "-", "|", "(", ")", "\"", " ",
				"AND", "OR", "NOT", "&&", "||", "!", ":", "/", "[", "]", "{", "}", "0.5", "的", "the", "锂电池", "“", "”" };
		Random random = new Random(20261202);
		for (int i = 0; i < 200; i++) {
			StringBuilder b = new StringBuilder();
			int n = 1 + random.nextInt(8);
			for (int j = 0; j < n; j++) {
				b.append(parts[random.nextInt(parts.length)]);
			}
			q.add(b.toString());
		}
		return q;
	}

	@Test
	void anyTextIsAValidQuery() {
		ApiClient staff = as(TestUsers.STAFF);
		WebSession visitor = WebSession.as(TestUsers.ANONYMOUS, this.port);
		List<String> failures = new ArrayList<>();
		for (String q : oddQueries()) {
			String e = enc(q);
			check(failures, q, "api search", staff.get("/api/v1/search?kind=results&q=" + e).status());
			check(failures, q, "catalog", visitor.get("/catalog?q=" + e).status());
			check(failures, q, "result list", staff.get("/api/v1/results?q=" + e).status());
		}
		for (String q : oddQueries().subList(0, 70)) {
			check(failures, q, "api demands", staff.get("/api/v1/search?kind=demands&q=" + enc(q)).status());
		}
		assertThat(failures).isEmpty();
		// Where the input is truly invalid (too long), a problem, not a failure.
		ApiClient.Response tooLong = staff.get("/api/v1/search?kind=results&q=" + "a".repeat(501));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.header("Content-Type")).contains("application/problem+json");
		// The fuzzy and proximity syntax is text: a~ finds what a finds.
		assertThat(staff.get("/api/v1/search?kind=results&q=" + enc("robot~")).json().get("page").get("totalElements")
			.asLong()).isEqualTo(staff.get("/api/v1/search?kind=results&q=robot").json().get("page").get("totalElements")
				.asLong()).isPositive();
	}

	static void check(List<String> failures, String q, String where, int status) {
		if (status >= 500 || (status != 200 && status != 400)) {
			failures.add(where + " " + status + " for " + (q.length() > 40 ? q.substring(0, 40) + "…" : q));
		}
	}

	@Test
	void listSearchAndExportHoldTheSameRecords() throws IOException {
		ApiClient staff = as(TestUsers.STAFF);
		for (String q : List.of("姿态控制", "锂电池", "control", "carbon nanotube", "robot~")) {
			long search = search(TestUsers.STAFF, "kind=results&size=1&q=" + enc(q)).get("page").get("totalElements")
				.asLong();
			JsonNode list = staff.get("/api/v1/results?size=1&q=" + enc(q)).json();
			assertThat(list.get("page").get("totalElements").asLong()).as(q).isEqualTo(search).isPositive();
			assertThat(exportRows(staff, "/api/v1/results/export?format=csv&q=" + enc(q))).as(q).isEqualTo(search);
		}
		for (String q : List.of("技术", "测试 需求", "robot")) {
			long search = search(TestUsers.STAFF, "kind=demands&size=1&q=" + enc(q)).get("page").get("totalElements")
				.asLong();
			JsonNode list = staff.get("/api/v1/demands?size=1&q=" + enc(q)).json();
			assertThat(list.get("page").get("totalElements").asLong()).as(q).isEqualTo(search);
			assertThat(exportRows(staff, "/api/v1/demands/export?format=csv&q=" + enc(q))).as(q).isEqualTo(search);
		}
		// The caller's scope still applies to the list: the region partner's list is its region's part.
		long wuxiSearch = search(TestUsers.WUXI, "kind=demands&size=1&q=" + enc("技术")).get("page")
			.get("totalElements").asLong();
		assertThat(as(TestUsers.WUXI).get("/api/v1/demands?size=1&q=" + enc("技术")).json().get("page")
			.get("totalElements").asLong()).isEqualTo(wuxiSearch);
	}

	static long exportRows(ApiClient client, String path) throws IOException {
		ApiClient.Response r = client.send("GET", path, null, "*/*");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(r.body().replace("\uFEFF", "")))) {
			return csv.getRecords().size();
		}
	}

	@Test
	void theFacetsAreShownOnce() {
		String search = WebSession.as(TestUsers.STAFF, this.port).get("/search?q=" + enc("电池")).body();
		String catalog = WebSession.as(TestUsers.ANONYMOUS, this.port).get("/catalog").body();
		for (String page : List.of(search, catalog)) {
			assertThat(count(page, "id=\"facet-type\"")).isEqualTo(1);
			assertThat(count(page, "class=\"facets\"")).isEqualTo(1);
		}
	}

	static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void theApiDescribesTheSearchParameters() {
		JsonNode docs = as(TestUsers.ANONYMOUS).get("/v3/api-docs").json();
		JsonNode parameters = docs.get("paths").get("/api/v1/search").get("get").get("parameters");
		List<String> names = parameters.valueStream().map(p -> p.get("name").asString()).toList();
		assertThat(names).contains("kind", "q", "sort", "page", "size", "type", "ipcSection", "status", "province")
			.doesNotContain("params");
		parameters.forEach(p -> {
			assertThat(p.get("in").asString()).isEqualTo("query");
			assertThat(p.path("required").asBoolean(false)).as(p.toString()).isFalse();
		});
	}

}
