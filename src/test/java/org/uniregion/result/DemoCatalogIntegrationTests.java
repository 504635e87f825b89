package org.uniregion.result;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalog: the real NASA offers and CSL abstracts of science, engineering, agriculture and medicine,
 * published, labelled demo, owned by the office, with their attribution in both languages, loaded once, no title
 * twice, and brought in line when a database holds an older release.
 */
@IntegrationTest
class DemoCatalogIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoResults demoResults;

	@Autowired
	TransactionTemplate tx;

	@PersistenceContext
	EntityManager em;

	int count(String where, Object... args) {
		Integer n = this.jdbc.queryForObject("select count(*) from research_result where " + where, Integer.class, args);
		return n == null ? 0 : n;
	}

	@Test
	void bothSourcesAreLoadedAsPublishedDemoResultsOfTheOffice() {
		// NASA: 1,630 rows, 1,292 offers once rows with the same title (ignoring case and spacing) are one offer;
		// CSL: the 1,469 of 2,000 papers in science, engineering, agriculture and medicine.
		assertThat(count("source = 'NASA'")).isEqualTo(1292);
		assertThat(count("source = 'CSL'")).isEqualTo(1469);
		assertThat(count("source is not null and not (demo and visibility = 'PUBLISHED' and owner_id is null)")).isZero();
		assertThat(count("source is not null and source_key is null")).isZero();
		assertThat(count("source = 'NASA' and language <> 'en'")).isZero();
		assertThat(count("source = 'CSL' and language <> 'zh'")).isZero();
		// NASA: 1,185 offers with an abstract, a patent where a patent number is given (861 offers), the centers as
		// the lab, every case number kept.
		assertThat(count("source = 'NASA' and abstract_text is not null")).isEqualTo(1185);
		assertThat(count("source = 'NASA' and type = 'PATENT'")).isEqualTo(861);
		assertThat(count("source = 'NASA' and type = 'PATENT' and (ip_status not in ('GRANTED','EXPIRED') or not ip_numbers[1] like 'US %')")).isZero();
		assertThat(count("source = 'NASA' and (lab not like 'NASA %' or discipline is null)")).isZero();
		assertThat(count("source = 'NASA' and not exists (select 1 from unnest(ip_numbers) n where n like 'NASA %')")).isZero();
		assertThat(count("source = 'NASA' and ip_expires_on is not null")).isPositive();
		// one invention under two patents is one offer that lists both
		String merged = this.jdbc.queryForObject("select array_to_string(ip_numbers, ',') from research_result "
				+ "where source = 'NASA' and title = 'Nanoengineered thermal materials based on carbon nanotube array composites'", String.class);
		assertThat(merged).contains("US 7273095").contains("US 7784531").contains("NASA ARC-15173-1").contains("NASA ARC-15173-2");
		// CSL: papers with their abstract, keywords and discipline.
		assertThat(count("source = 'CSL' and (type <> 'PAPER' or abstract_text is null or cardinality(keywords) = 0 or discipline is null)")).isZero();
		Map<String, Object> first = this.jdbc.queryForMap("select title, keywords::text as kw, discipline from research_result "
				+ "where source = 'CSL' and title = '一种基于平方和优化的飞行器大角度机动镇定控制器设计方法'");
		assertThat((String) first.get("kw")).contains("平方和优化");
		assertThat(first.get("discipline")).isEqualTo("armament-science");
	}

	@Test
	void theDemoCatalogIsScienceEngineeringAgricultureAndMedicineOnly() {
		List<String> disciplines = this.jdbc.queryForList(
				"select distinct discipline from research_result where source is not null", String.class);
		assertThat(disciplines).isNotEmpty().allSatisfy(d -> assertThat(Disciplines.find(d))
			.as(d).hasValueSatisfying(v -> assertThat(v.field().technical()).as(d).isTrue()));
		// every kept discipline is stored as its key, and the humanities and social sciences are gone
		assertThat(disciplines).allSatisfy(d -> assertThat(Disciplines.find(d).orElseThrow().key()).isEqualTo(d));
		assertThat(count("source = 'CSL' and (title like '%新闻%' or discipline in ('law', 'history', 'journalism-communication'))"))
			.isZero();
	}

	@Test
	void noTwoPublishedDemoOffersShareATitle() {
		List<String> shared = this.jdbc.queryForList("select lower(regexp_replace(btrim(title), '\\s+', ' ', 'g')) t "
				+ "from research_result where demo and visibility = 'PUBLISHED' group by t having count(*) > 1", String.class);
		assertThat(shared).isEmpty();
	}

	@Test
	void loadingAgainStoresNothing() {
		int before = count("source is not null");
		this.demoResults.loadCatalog();
		this.demoResults.run(null);
		assertThat(count("source is not null")).isEqualTo(before).isEqualTo(1292 + 1469);
	}

	/**
	 * A database of the first release (all 2,000 CSL papers, every NASA row, no source keys, no release recorded) is
	 * brought in line on start: the records no longer shipped are deleted, the others updated in place, and the
	 * search index follows; the office's own records are not touched.
	 */
	@Test
	void anOlderReleaseIsBroughtInLine() {
		String cslTitle = "一种基于平方和优化的飞行器大角度机动镇定控制器设计方法";
		long kept = this.jdbc.queryForObject("select id from research_result where source = 'CSL' and title = ?", Long.class, cslTitle);
		String nasaTitle = "Nanoengineered thermal materials based on carbon nanotube array composites";
		long nasa = this.jdbc.queryForObject("select id from research_result where source = 'NASA' and title = ?", Long.class, nasaTitle);
		String dropped = "史学札记 " + Words.unique();
		String ownTitle = "办公室自有成果 " + Words.unique();
		// as the first release left them: no keys, the CSL discipline and the NASA category as the source wrote them,
		// a history paper, a NASA row stored twice, and the office's own record that happens to have a source-like title
		this.jdbc.update("update research_result set source_key = null, discipline = '兵器科学与技术', keywords = '{}' where id = ?", kept);
		this.jdbc.update("update research_result set source_key = null, discipline = 'materials and coatings', "
				+ "ip_numbers = '{US 7273095}' where id = ?", nasa);
		this.jdbc.update("update research_result set source_key = null where source is not null");
		insertOld("CSL", dropped, "历史学", "zh", true);
		long twin = insertOld("NASA", nasaTitle, "materials and coatings", "en", true);
		long own = insertOld(null, ownTitle, "历史学", "zh", false);
		this.jdbc.update("delete from demo_catalog_release");
		this.tx.executeWithoutResult(t -> {
			var plan = Search.session(this.em).indexingPlan();
			plan.addOrUpdate(this.em.find(ResearchResult.class, twin));
			plan.addOrUpdate(this.em.find(ResearchResult.class, own));
			plan.addOrUpdate(this.em.find(ResearchResult.class, this.jdbc.queryForObject(
					"select id from research_result where title = ?", Long.class, dropped)));
		});
		long droppedId = this.jdbc.queryForObject("select id from research_result where title = ?", Long.class, dropped);
		assertThat(staffSearch(dropped)).contains("href=\"/results/" + droppedId + "\"");

		try {
			this.demoResults.loadCatalog();
			assertThat(count("id = ? and title = ? and discipline = '历史学' and source is null", own, ownTitle)).isEqualTo(1);
		}
		finally {
			this.tx.executeWithoutResult(t -> this.em.remove(this.em.find(ResearchResult.class, own)));
		}

		assertThat(count("title = ?", dropped)).isZero();
		assertThat(count("id = ?", twin)).isZero();
		Map<String, Object> csl = this.jdbc.queryForMap("select discipline, keywords::text kw, source_key from research_result where id = ?", kept);
		assertThat(csl.get("discipline")).isEqualTo("armament-science");
		assertThat((String) csl.get("kw")).contains("平方和优化");
		assertThat(csl.get("source_key")).isEqualTo("csl-dev-0");
		assertThat(this.jdbc.queryForObject("select array_to_string(ip_numbers, ',') from research_result where id = ?",
				String.class, nasa)).contains("US 7784531");
		assertThat(count("source = 'NASA'")).isEqualTo(1292);
		assertThat(count("source = 'CSL'")).isEqualTo(1469);
		assertThat(count("source is not null and source_key is null")).isZero();
		assertThat(this.jdbc.queryForObject("select min(release) from demo_catalog_release", Integer.class)).isEqualTo(DemoCatalog.RELEASE);
		// the index follows: the deleted paper is no longer found
		assertThat(staffSearch(dropped)).doesNotContain("href=\"/results/" + droppedId + "\"").doesNotContain("/results/" + twin + "\"");
	}

	private long insertOld(String source, String title, String discipline, String language, boolean demo) {
		return this.jdbc.queryForObject("insert into research_result (type, title, abstract_text, keywords, discipline, language, "
				+ "owner_name, visibility, demo, source, transfer_modes) values ('OTHER', ?, '摘要', '{关键词}', ?, ?, "
				+ "'技术转移办公室 / Technology transfer office', 'PUBLISHED', ?, ?, '{}') returning id", Long.class, title,
				discipline, language, demo, source);
	}

	/** The search page's answer to the title's last word (a unique word). */
	private String staffSearch(String title) {
		String word = title.substring(title.lastIndexOf(' ') + 1);
		return WebSession.as(TestUsers.STAFF, this.port).get("/search?kind=results&q=" + word).body();
	}

	@Test
	void theCatalogShowsTheAttributionInBothLanguages() {
		long nasa = this.jdbc.queryForObject("select min(id) from research_result where source = 'NASA' and type = 'PATENT'", Long.class);
		long csl = this.jdbc.queryForObject("select min(id) from research_result where source = 'CSL'", Long.class);
		WebSession anonymous = WebSession.as(TestUsers.ANONYMOUS, this.port);
		assertThat(anonymous.get("/catalog/" + nasa).body()).contains(">NASA Technology Transfer Program (US government work)<")
			.contains("badge demo");
		assertThat(anonymous.get("/catalog/" + csl + "?lang=zh-CN").body()).contains(">CSL 中文科学文献数据集").contains("论文");
		assertThat(anonymous.get("/catalog?type=PAPER").body()).contains("来源：CSL");
		assertThat(anonymous.get("/catalog?type=PATENT&lang=en").body()).contains("Source: NASA Technology Transfer Program");
		assertThat(WebSession.as(TestUsers.STAFF, this.port).get("/results/" + nasa).body()).contains(">NASA Technology Transfer Program");

		JsonNode entry = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/catalog/results/" + nasa).json();
		assertThat(entry.get("source").asString()).isEqualTo("NASA");
		assertThat(entry.get("demo").asBoolean()).isTrue();
		assertThat(entry.get("type").asString()).isEqualTo("PATENT");
		JsonNode papers = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/catalog/results?type=PAPER&size=5").json();
		assertThat(papers.get("page").get("totalElements").asLong()).isEqualTo(1469);
		List<String> sources = papers.get("content").findValuesAsString("source");
		assertThat(sources).containsOnly("CSL");
	}

}
