package org.uniregion.result;

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
 * The demo catalog: the real NASA offers and CSL abstracts, published, labelled demo, owned by the office,
 * with their attribution in both languages, loaded once.
 */
@IntegrationTest
class DemoCatalogIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoResults demoResults;

	int count(String where, Object... args) {
		Integer n = this.jdbc.queryForObject("select count(*) from research_result where " + where, Integer.class, args);
		return n == null ? 0 : n;
	}

	@Test
	void bothSourcesAreLoadedAsPublishedDemoResultsOfTheOffice() {
		assertThat(count("source = 'NASA'")).isEqualTo(1630);
		assertThat(count("source = 'CSL'")).isEqualTo(2000);
		assertThat(count("source is not null and not (demo and visibility = 'PUBLISHED' and owner_id is null)")).isZero();
		assertThat(count("source = 'NASA' and language <> 'en'")).isZero();
		assertThat(count("source = 'CSL' and language <> 'zh'")).isZero();
		// NASA: 1,491 offers with an abstract, a patent where a patent number is given (1,092 rows; 3 more hold only
		// blanks), the center as the lab.
		assertThat(count("source = 'NASA' and abstract_text is not null")).isEqualTo(1491);
		assertThat(count("source = 'NASA' and type = 'PATENT'")).isEqualTo(1092);
		assertThat(count("source = 'NASA' and type = 'PATENT' and (ip_status not in ('GRANTED','EXPIRED') or not ip_numbers[1] like 'US %')")).isZero();
		assertThat(count("source = 'NASA' and (lab not like 'NASA %' or discipline is null)")).isZero();
		assertThat(count("source = 'NASA' and ip_expires_on is not null")).isPositive();
		// CSL: papers with their abstract, keywords and discipline.
		assertThat(count("source = 'CSL' and (type <> 'PAPER' or abstract_text is null or cardinality(keywords) = 0 or discipline is null)")).isZero();
		Map<String, Object> first = this.jdbc.queryForMap("select title, keywords::text as kw, discipline from research_result "
				+ "where source = 'CSL' and title = '一种基于平方和优化的飞行器大角度机动镇定控制器设计方法'");
		assertThat((String) first.get("kw")).contains("平方和优化");
		assertThat(first.get("discipline")).isEqualTo("兵器科学与技术");
	}

	@Test
	void loadingAgainStoresNothing() {
		int before = count("source is not null");
		this.demoResults.loadCatalog();
		this.demoResults.run(null);
		assertThat(count("source is not null")).isEqualTo(before).isEqualTo(3630);
	}

	@Test
	void theCatalogShowsTheAttributionInBothLanguages() {
		long nasa = this.jdbc.queryForObject("select min(id) from research_result where source = 'NASA' and type = 'PATENT'", Long.class);
		long csl = this.jdbc.queryForObject("select min(id) from research_result where source = 'CSL'", Long.class);
		WebSession anonymous = WebSession.as(TestUsers.ANONYMOUS, this.port);
		assertThat(anonymous.get("/catalog/" + nasa).body()).contains("Source: NASA Technology Transfer Program (US government work)")
			.contains("badge demo");
		assertThat(anonymous.get("/catalog/" + csl + "?lang=zh-CN").body()).contains("来源：CSL 中文科学文献数据集").contains("论文");
		assertThat(anonymous.get("/catalog?type=PAPER").body()).contains("来源：CSL");
		assertThat(anonymous.get("/catalog?type=PATENT&lang=en").body()).contains("Source: NASA Technology Transfer Program");
		assertThat(WebSession.as(TestUsers.STAFF, this.port).get("/results/" + nasa).body()).contains("Source: NASA");

		JsonNode entry = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/catalog/results/" + nasa).json();
		assertThat(entry.get("source").asString()).isEqualTo("NASA");
		assertThat(entry.get("demo").asBoolean()).isTrue();
		assertThat(entry.get("type").asString()).isEqualTo("PATENT");
		JsonNode papers = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/catalog/results?type=PAPER&size=5").json();
		assertThat(papers.get("page").get("totalElements").asLong()).isEqualTo(2000);
		List<String> sources = papers.get("content").findValuesAsString("source");
		assertThat(sources).containsOnly("CSL");
	}

}
