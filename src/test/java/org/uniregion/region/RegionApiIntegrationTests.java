package org.uniregion.region;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public region API: search by Chinese and English names and by code, filters, pages, the detail with
 * its breadcrumb path, the zones, and the problems for unknown and malformed input.
 */
@IntegrationTest
class RegionApiIntegrationTests {

	@LocalServerPort
	int port;

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

	@Test
	void findsWuxiByItsChineseAndEnglishName() {
		ApiClient.Response zh = anonymous().get("/api/v1/regions?q=" + enc("无锡"));
		assertThat(zh.status()).isEqualTo(200);
		assertThat(codes(zh.json())).containsExactly("320200");
		JsonNode wuxi = zh.json().get("content").get(0);
		assertThat(wuxi.get("name").asString()).isEqualTo("Wuxi");
		assertThat(wuxi.get("nameZh").asString()).isEqualTo("无锡市");
		assertThat(wuxi.get("level").asString()).isEqualTo("PREFECTURE");
		assertThat(wuxi.get("parentCode").asString()).isEqualTo("320000");
		assertThat(wuxi.get("path").asString()).isEqualTo("江苏省 / 无锡市");

		assertThat(codes(anonymous().get("/api/v1/regions?q=Wuxi").json())).containsExactly("320200");
		assertThat(codes(anonymous().get("/api/v1/regions?q=wUxI").json())).containsExactly("320200");
		assertThat(codes(anonymous().get("/api/v1/regions?q=jiangsu").json())).contains("320000");
		assertThat(codes(anonymous().get("/api/v1/regions?q=jiangsu&level=PROVINCE").json())).containsExactly("320000");
	}

	@Test
	void namesFollowTheCallersLanguage() {
		ApiClient.Response r = ApiClient.as(TestUsers.STAFF, this.port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/regions/320200"))
				.header("Accept", "application/json")
				.header("Accept-Language", "zh-CN"));
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("name").asString()).isEqualTo("无锡市");
		assertThat(r.json().get("nameEn").asString()).isEqualTo("Wuxi");
		assertThat(r.json().get("zones").get(0).get("name").asString()).isEqualTo("东部地区");
	}

	@Test
	void searchesByCodePrefixAndFilters() {
		JsonNode wuxi = anonymous().get("/api/v1/regions?q=3202").json();
		assertThat(codes(wuxi)).containsExactly("320200", "320205", "320206", "320211", "320213", "320214", "320281",
				"320282");

		JsonNode provinces = anonymous().get("/api/v1/regions?level=PROVINCE&size=50").json();
		assertThat(provinces.get("page").get("totalElements").asLong()).isEqualTo(34);
		assertThat(anonymous().get("/api/v1/regions?level=prefecture&size=1").json().get("page").get("totalElements")
			.asLong()).isEqualTo(333);
		assertThat(anonymous().get("/api/v1/regions?level=COUNTY&size=1").json().get("page").get("totalElements")
			.asLong()).isEqualTo(2846);

		JsonNode belowWuxi = anonymous().get("/api/v1/regions?parent=320200").json();
		assertThat(codes(belowWuxi)).contains("320211").doesNotContain("320200");
		belowWuxi.get("content").forEach(n -> assertThat(n.get("parentCode").asString()).isEqualTo("320200"));

		JsonNode bay = anonymous().get("/api/v1/regions?zone=GREATER_BAY_AREA&level=PROVINCE").json();
		assertThat(codes(bay)).containsExactly("440000", "810000", "820000");
		JsonNode shenzhen = anonymous().get("/api/v1/regions?zone=GREATER_BAY_AREA&q=" + enc("深圳")).json();
		assertThat(codes(shenzhen)).containsExactly("440300");
		assertThat(codes(anonymous().get("/api/v1/regions?zone=WESTERN&q=" + enc("无锡")).json())).isEmpty();
	}

	@Test
	void pagesAreOrderedByCodeInTheCommonShape() {
		JsonNode first = anonymous().get("/api/v1/regions?level=PROVINCE&size=5").json();
		assertThat(first.get("content")).hasSize(5);
		assertThat(first.get("page").get("size").asInt()).isEqualTo(5);
		assertThat(first.get("page").get("number").asInt()).isZero();
		assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(34);
		assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(7);
		assertThat(codes(first)).containsExactly("110000", "120000", "130000", "140000", "150000");

		JsonNode last = anonymous().get("/api/v1/regions?level=PROVINCE&size=5&page=6").json();
		assertThat(codes(last)).containsExactly("650000", "710000", "810000", "820000");
		JsonNode beyond = anonymous().get("/api/v1/regions?level=PROVINCE&size=5&page=9").json();
		assertThat(beyond.get("content")).isEmpty();

		JsonNode desc = anonymous().get("/api/v1/regions?level=PROVINCE&size=2&sort=code,desc").json();
		assertThat(codes(desc)).containsExactly("820000", "810000");
	}

	@Test
	void detailHasBreadcrumbsChildrenAndZones() {
		ApiClient.Response binhu = anonymous().get("/api/v1/regions/320211");
		assertThat(binhu.status()).isEqualTo(200);
		List<String> ancestors = new ArrayList<>();
		binhu.json().get("ancestors").forEach(a -> ancestors.add(a.get("code").asString()));
		assertThat(ancestors).containsExactly("320000", "320200");
		assertThat(binhu.json().get("children")).isEmpty();
		List<String> zones = new ArrayList<>();
		binhu.json().get("zones").forEach(z -> zones.add(z.get("code").asString()));
		assertThat(zones).contains("EASTERN", "YANGTZE_RIVER_DELTA", "YANGTZE_RIVER_ECONOMIC_BELT");

		JsonNode wuxi = anonymous().get("/api/v1/regions/320200").json();
		List<String> children = new ArrayList<>();
		wuxi.get("children").forEach(c -> children.add(c.get("code").asString()));
		assertThat(children).contains("320211", "320282").hasSize(7);
		assertThat(wuxi.get("ancestors").get(0).get("name").asString()).isEqualTo("Jiangsu");

		JsonNode xiantao = anonymous().get("/api/v1/regions/429004").json();
		assertThat(xiantao.get("parentCode").asString()).isEqualTo("420000");
	}

	@Test
	void zonesListTheirProvinces() {
		ApiClient.Response r = anonymous().get("/api/v1/regions/zones");
		assertThat(r.status()).isEqualTo(200);
		JsonNode zones = r.json();
		assertThat(zones).hasSize(13);
		JsonNode jjj = null;
		for (JsonNode z : zones) {
			if ("JING_JIN_JI".equals(z.get("code").asString())) {
				jjj = z;
			}
		}
		assertThat(jjj).isNotNull();
		assertThat(jjj.get("nameZh").asString()).isEqualTo("京津冀");
		assertThat(jjj.get("kind").asString()).isEqualTo("STRATEGY");
		List<String> provinces = new ArrayList<>();
		jjj.get("provinces").forEach(p -> provinces.add(p.get("code").asString()));
		assertThat(provinces).containsExactly("110000", "120000", "130000");
	}

	@Test
	void unknownCodeIsNotFound() {
		ApiClient.Response r = anonymous().get("/api/v1/regions/999999");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("status").asInt()).isEqualTo(404);
		assertThat(r.json().get("detail").asString()).isEqualTo("No region has the code 999999.");
		assertThat(r.json().get("code").asString()).isEqualTo("region.notFound");
		// A prefecture code that does not exist (Beijing's districts hang directly below Beijing).
		assertThat(anonymous().get("/api/v1/regions/110100").status()).isEqualTo(404);
	}

	@Test
	void malformedInputIsABadRequest() {
		for (String path : List.of("/api/v1/regions/32020", "/api/v1/regions/wuxi", "/api/v1/regions/3202000",
				"/api/v1/regions?parent=3202")) {
			ApiClient.Response r = anonymous().get(path);
			assertThat(r.status()).as(path).isEqualTo(400);
			assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(r.json().get("code").asString()).as(path).isEqualTo("region.code.malformed");
			assertThat(r.json().get("detail").asString()).as(path).contains("six digits");
		}
		ApiClient.Response level = anonymous().get("/api/v1/regions?level=CITY");
		assertThat(level.status()).isEqualTo(400);
		assertThat(level.json().get("detail").asString()).contains("CITY", "PROVINCE, PREFECTURE or COUNTY");
		ApiClient.Response zone = anonymous().get("/api/v1/regions?zone=ATLANTIS");
		assertThat(zone.status()).isEqualTo(400);
		assertThat(zone.json().get("code").asString()).isEqualTo("region.zone.unknown");
		ApiClient.Response sort = anonymous().get("/api/v1/regions?sort=nameZh,asc");
		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.json().get("code").asString()).isEqualTo("region.sort.unsupported");
	}

}
