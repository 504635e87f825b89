package org.uniregion.classification;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The shipped classifications end to end: what the migration stored, the facade, the public API with its
 * problems, the page and the picker partials.
 */
@IntegrationTest
class ClassificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClassificationApi classifications;

	private ApiClient anonymous() {
		return ApiClient.as(TestUsers.ANONYMOUS, this.port);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static List<String> codes(JsonNode page) {
		List<String> codes = new ArrayList<>();
		page.get("content").forEach(n -> codes.add(n.get("code").asString()));
		return codes;
	}

	private Map<String, Long> levels(String table) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.jdbc.query("select level::text, count(*) from " + table + " group by level",
				rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
		return counts;
	}

	@Test
	void storesEveryIndustryAndEveryWellFormedIpcEntryOfTheFiles() {
		assertThat(this.jdbc.queryForObject("select count(*) from industry", Long.class)).isEqualTo(1_971);
		assertThat(levels("industry")).containsExactlyInAnyOrderEntriesOf(Map.of("1", 20L, "2", 97L, "3", 473L, "4", 1_381L));
		// 77,401 lines: 9 without a code, 11 malformed and 146 repeated codes are left out (see NOTICE.md).
		assertThat(this.jdbc.queryForObject("select count(*) from ipc_entry", Long.class)).isEqualTo(77_235);
		assertThat(levels("ipc_entry")).containsExactlyInAnyOrderEntriesOf(Map.of("SECTION", 8L, "CLASS", 131L,
				"SUBCLASS", 643L, "MAIN_GROUP", 7_469L, "SUBGROUP", 68_984L));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ipc_entry e where e.parent_code is not null and e.parent_code <> "
						+ "case when e.level = 'SUBGROUP' then split_part(e.code, '/', 1) || '/00' "
						+ "when e.level = 'MAIN_GROUP' then left(e.code, 4) when e.level = 'SUBCLASS' then left(e.code, 3) "
						+ "else left(e.code, 1) end", Long.class))
			.as("entries whose derived parent is missing from the file").isLessThan(100);
	}

	@Test
	void theFacadeNormalizesCodes() {
		assertThat(this.classifications.industry(" 2614 ")).get().satisfies(v -> {
			assertThat(v.name()).isEqualTo("有机化学原料制造");
			assertThat(v.level()).isEqualTo(4);
			assertThat(v.parentCode()).isEqualTo("261");
			assertThat(v.path()).isEqualTo("制造业 / 化学原料和化学制品制造业 / 基础化学原料制造 / 有机化学原料制造");
		});
		assertThat(this.classifications.industry("c")).get().extracting(IndustryView::name).isEqualTo("制造业");
		assertThat(this.classifications.isIndustry("9999")).isFalse();
		assertThat(this.classifications.ipc("g06f 16/35")).get().satisfies(v -> {
			assertThat(v.code()).isEqualTo("G06F16/35");
			assertThat(v.level()).isEqualTo(IpcView.Level.SUBGROUP);
			assertThat(v.section()).isEqualTo("G");
			assertThat(v.parentCode()).isEqualTo("G06F16/00");
		});
		assertThat(this.classifications.isIpc("E01D101/2")).isFalse();
		assertThat(this.classifications.ipcs(List.of("G06F", "h01m", "nonsense", "Z99Z"))).containsOnlyKeys("G06F", "H01M");
		assertThat(this.classifications.industries(List.of("C", "26", "x"))).containsOnlyKeys("C", "26");
	}

	@Test
	void industriesBySearchAndWithTheirPlace() {
		ApiClient.Response zh = anonymous().get("/api/v1/classifications/industries?size=100&q=" + enc("电子"));
		assertThat(zh.status()).isEqualTo(200);
		assertThat(zh.json().get("page").get("totalElements").asLong()).isEqualTo(27);
		assertThat(codes(zh.json())).isSorted().contains("39");
		assertThat(codes(anonymous().get("/api/v1/classifications/industries?q=261&size=50").json()))
			.containsExactly("261", "2611", "2612", "2613", "2614", "2619");
		assertThat(codes(anonymous().get("/api/v1/classifications/industries?level=1&size=50").json())).hasSize(20).isSorted();
		assertThat(codes(anonymous().get("/api/v1/classifications/industries?q=26&sort=code,desc&size=3").json()))
			.containsExactly("2689", "2684", "2683");

		ApiClient.Response one = anonymous().get("/api/v1/classifications/industries/2614");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("name").asString()).isEqualTo("有机化学原料制造");
		assertThat(one.json().get("ancestors").get(0).get("code").asString()).isEqualTo("C");
		assertThat(one.json().get("ancestors").get(2).get("code").asString()).isEqualTo("261");
		ApiClient.Response c = anonymous().get("/api/v1/classifications/industries/c");
		assertThat(c.json().get("code").asString()).isEqualTo("C");
		assertThat(c.json().get("children").size()).isEqualTo(31);
	}

	@Test
	void ipcBySearchAndWithItsPlace() {
		ApiClient.Response g06f = anonymous().get("/api/v1/classifications/ipc?q=g06f&size=5");
		assertThat(g06f.status()).isEqualTo(200);
		assertThat(codes(g06f.json())).first().isEqualTo("G06F");
		assertThat(codes(g06f.json())).allMatch(c -> c.startsWith("G06F")).isSorted();
		assertThat(anonymous().get("/api/v1/classifications/ipc?q=G06F&level=MAIN_GROUP").json().get("page")
			.get("totalElements").asLong()).isGreaterThan(10);
		ApiClient.Response zh = anonymous().get("/api/v1/classifications/ipc?q=" + enc("电子") + "&section=h&size=50");
		assertThat(zh.json().get("page").get("totalElements").asLong()).isGreaterThan(50);
		zh.json().get("content").forEach(n -> {
			assertThat(n.get("title").asString()).contains("电子");
			assertThat(n.get("section").asString()).isEqualTo("H");
		});

		ApiClient.Response one = anonymous().get("/api/v1/classifications/ipc/entry?code=" + enc("g06f 16/35"));
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("code").asString()).isEqualTo("G06F16/35");
		assertThat(one.json().get("parentCode").asString()).isEqualTo("G06F16/00");
		List<String> up = new ArrayList<>();
		one.json().get("ancestors").forEach(n -> up.add(n.get("code").asString()));
		assertThat(up).containsExactly("G", "G06", "G06F", "G06F16/00");
		assertThat(anonymous().get("/api/v1/classifications/ipc/entry?code=G06F16/35").status()).isEqualTo(200);
		ApiClient.Response section = anonymous().get("/api/v1/classifications/ipc/entry?code=C");
		assertThat(section.json().get("level").asString()).isEqualTo("SECTION");
		assertThat(section.json().get("children").size()).isGreaterThan(10);
	}

	@Test
	void badAndUnknownCodesAreProblemsInTheCallersLanguage() {
		ApiClient.Response unknown = anonymous().get("/api/v1/classifications/industries/9999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("classification.industry.notFound");
		assertThat(anonymous().get("/api/v1/classifications/industries/26x").json().get("code").asString())
			.isEqualTo("classification.industry.code.malformed");
		assertThat(anonymous().get("/api/v1/classifications/industries/26x").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/classifications/ipc/entry?code=Z99Z").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/classifications/ipc/entry").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/classifications/ipc/entry?code=A01B99/99").status()).isEqualTo(404);
		assertThat(anonymous().get("/api/v1/classifications/ipc?level=GROUP").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/classifications/ipc?section=K").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/classifications/industries?level=5").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/classifications/industries?sort=name").status()).isEqualTo(400);

		ApiClient.Response zh = anonymous().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/classifications/ipc/entry?code=A01B99/99"))
			.header("Accept", "application/json")
			.header("Accept-Language", "zh-CN"));
		assertThat(zh.status()).isEqualTo(404);
		assertThat(zh.json().get("detail").asString()).isEqualTo("没有代码为 A01B99/99 的 IPC 2026.01 分类。");
		ApiClient.Response en = anonymous().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/classifications/ipc/entry?code=A01B99/99"))
			.header("Accept", "application/json")
			.header("Accept-Language", "en"));
		assertThat(en.json().get("detail").asString()).isEqualTo("No IPC 2026.01 entry has the code A01B99/99.");
	}

	@Test
	void thePageAndThePickerPartials() {
		WebSession visitor = WebSession.as(TestUsers.ANONYMOUS, this.port);
		WebSession.Page industries = visitor.get("/classifications?kind=industry&q=" + enc("电子"));
		assertThat(industries.status()).isEqualTo(200);
		assertThat(industries.body()).contains("3971").contains("电子");
		WebSession.Page ipc = visitor.get("/classifications?kind=ipc&q=G06F16&page=1");
		assertThat(ipc.status()).isEqualTo(200);
		assertThat(ipc.body()).contains("G06F16/").contains("rel=\"prev\"");
		assertThat(visitor.get("/classifications?kind=ipc&section=Q").status()).isEqualTo(400);

		WebSession.Page options = visitor.get("/classifications/industries/options?q=2614");
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.body()).contains("<option value=\"2614\"").doesNotContain("<html");
		WebSession.Page byFieldName = visitor.get("/classifications/ipc/options?ipcCode=" + enc("g06f 16/35"));
		assertThat(byFieldName.body()).contains("<option value=\"G06F16/35\"").contains("G06F16/355");
		assertThat(visitor.get("/classifications/ipc/options?q=").body()).doesNotContain("<option");
		assertThat(visitor.get("/classifications/ipc/options?q=" + enc("半导体")).body()).contains("<option value=").contains("半导体");
		// Industries are found by a Chinese name, by the English name of a section or division in any case, and by code.
		for (String typed : new String[] { "软件", "software", "Software and information", "65" }) {
			assertThat(visitor.get("/classifications/industries/options?industryCode=" + enc(typed)).body()).as(typed)
				.contains("<option value=\"65\">65 信息传输、软件和信息技术服务业 / 软件和信息技术服务业 (Software and information technology services)</option>");
		}
		assertThat(visitor.get("/classifications/industries/options?industry=" + enc("manufacture of automobiles")).body())
			.contains("<option value=\"36\"");
		// A field holding a list of codes is completed in its last code; the options keep the codes before it.
		assertThat(visitor.get("/classifications/ipc/options?ipcClasses=" + enc("G06F16/35, h01m 10/052")).body())
			.contains("<option value=\"G06F16/35, H01M10/052\"");
		assertThat(visitor.get("/classifications/industries/options?industries=" + enc("6513，2614")).body())
			.contains("<option value=\"6513, 2614\"");
	}

}
