package org.uniregion.region;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public region pages as a browser gets them: the tree, the search, a region's page, and the piece of the
 * tree that htmx loads when a region is opened.
 */
@IntegrationTest
class RegionPagesIntegrationTests {

	@LocalServerPort
	int port;

	private WebSession visitor() {
		return WebSession.as(TestUsers.ANONYMOUS, this.port);
	}

	@Test
	void treeListsTheProvincesAndOpensThemLazily() {
		WebSession.Page page = visitor().get("/regions");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Regions</h1>", "Beijing", "Jiangsu", "Macao", "Hong Kong")
			.contains("hx-get=\"/regions/320000/children\"", "hx-trigger=\"toggle once from:closest details\"")
			// Without JavaScript, the link in the closed region leads to its page.
			.contains("href=\"/regions/320000\"")
			.contains("<label for=\"region-q\">Name or code</label>", "<label for=\"region-level\">Level</label>",
					"<label for=\"region-zone\">Strategic zone</label>")
			// The zones with the provinces they cover.
			.contains("href=\"/regions?zone=GREATER_BAY_AREA\"", "Guangdong–Hong Kong–Macao Greater Bay Area",
					"<a href=\"/regions/440000\">Guangdong</a>, <a href=\"/regions/810000\">Hong Kong</a>, <a href=\"/regions/820000\">Macao</a>")
			.doesNotContain("region.");
	}

	/**
	 * The shared region picker answers anonymous callers (the public demand form) with the regions matching a
	 * Chinese name, an English name in any case, or a code prefix, labelled in both languages.
	 */
	@Test
	void pickerOptionsFindRegionsByChineseNameEnglishNameAndCode() {
		for (String typed : new String[] { "无锡", "Wuxi", "wuxi", "3202" }) {
			WebSession.Page options = visitor().get("/regions/options?regionCode=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
			assertThat(options.status()).as(typed).isEqualTo(200);
			assertThat(options.body()).as(typed).doesNotContain("<html")
				.contains("<option value=\"320200\">Wuxi (无锡市) · Jiangsu / Wuxi</option>");
		}
		// The demand list's filter sends its value as "region"; an explicit q wins; most counties have no English name.
		assertThat(visitor().get("/regions/options?region=" + URLEncoder.encode("长安", StandardCharsets.UTF_8)).body())
			.contains("<option value=\"130102\">长安区 · Hebei / Shijiazhuang / 长安区</option>");
		assertThat(visitor().get("/regions/options?q=Binhu&region=3202").body()).doesNotContain("320200");
		assertThat(visitor().get("/regions/options?regionCode=").body()).doesNotContain("<option");
		// In Chinese the Chinese name leads.
		WebSession.Page zh = visitor().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/regions/options?q=Wuxi"))
			.header("Accept-Language", "zh-CN")
			.GET());
		assertThat(zh.body()).contains("<option value=\"320200\">无锡市 (Wuxi) · 江苏省 / 无锡市</option>");
	}

	@Test
	void htmxGetsThePieceOfTheTreeAndABrowserWithoutItIsSentToTheRegionsPage() {
		WebSession.Page partial = visitor().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/regions/320000/children"))
			.header("HX-Request", "true")
			.header("Accept-Language", "en")
			.GET());
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html", "<header")
			.contains("Details of Jiangsu", "href=\"/regions/320200\"", "Wuxi", "hx-get=\"/regions/320200/children\"");
		WebSession.Page wuxi = visitor().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/regions/320200/children"))
			.header("HX-Request", "true")
			.GET());
		// Counties are leaves: plain links, nothing more to open.
		assertThat(wuxi.body()).contains("href=\"/regions/320211\"").doesNotContain("<details");

		WebSession.Page plain = visitor().get("/regions/320200/children");
		assertThat(plain.status()).isEqualTo(302);
		assertThat(plain.location()).endsWith("/regions/320200#children");
	}

	@Test
	void searchFindsRegionsByNameOrCodeWithFilters() {
		WebSession.Page wuxi = visitor().get("/regions?q=" + URLEncoder.encode("无锡", StandardCharsets.UTF_8));
		assertThat(wuxi.status()).isEqualTo(200);
		assertThat(wuxi.body()).contains("1 regions found", "href=\"/regions/320200\"", ">Wuxi<", "Jiangsu / Wuxi");

		WebSession.Page jjj = visitor().get("/regions?zone=JING_JIN_JI&level=PROVINCE");
		assertThat(jjj.body()).contains(">Beijing<", ">Tianjin<", ">Hebei<").doesNotContain(">Shanghai<")
			.contains("<option value=\"JING_JIN_JI\" selected=\"selected\">");

		WebSession.Page counties = visitor().get("/regions?q=32&level=COUNTY&page=1");
		assertThat(counties.body()).contains("Page 2 of", "rel=\"prev\"", "rel=\"next\"");

		WebSession.Page none = visitor().get("/regions?q=Atlantis");
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.body()).contains("class=\"empty\"", "No region matches this search.");

		assertThat(visitor().get("/regions?level=CITY").status()).isEqualTo(400);
	}

	@Test
	void regionPageShowsBreadcrumbsNamesZonesAndChildren() {
		WebSession.Page page = visitor().get("/regions/320200");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Wuxi (320200)</h1>", "无锡市", "Prefecture-level")
			.contains("<a href=\"/regions\">Regions</a>", "<a href=\"/regions/320000\">Jiangsu</a>")
			.contains("aria-current=\"page\">Wuxi</span>")
			.contains("Yangtze River Delta", "href=\"/regions?zone=YANGTZE_RIVER_DELTA\"")
			.contains("7 regions below", "href=\"/regions/320211\"", "Binhu District");

		WebSession.Page county = visitor().get("/regions/320211");
		assertThat(county.body()).contains("No regions below this one.", "<a href=\"/regions/320200\">Wuxi</a>");

		assertThat(visitor().get("/regions/999999").status()).isEqualTo(404);
		assertThat(visitor().get("/regions/wuxi").status()).isEqualTo(400);
	}

	@Test
	void chineseUsersSeeChineseNamesAndLabels() {
		WebSession zh = WebSession.as(TestUsers.WUXI, this.port);
		zh.get("/locale?lang=zh-CN&back=/regions");
		WebSession.Page page = zh.get("/regions/320200");
		assertThat(page.body()).contains("<h1>无锡市（320200）</h1>", "中文名称", "英文名称", "长三角", "下辖 7 个地区", "滨湖区");
		WebSession.Page tree = zh.get("/regions");
		assertThat(tree.body()).contains("江苏省", "名称或代码", "全部级别", "粤港澳大湾区", "重大区域战略");
		WebSession.Page search = zh.get("/regions?q=Binhu");
		assertThat(search.body()).contains("江苏省 / 无锡市 / 滨湖区", "共找到 1 个地区");
	}

}
