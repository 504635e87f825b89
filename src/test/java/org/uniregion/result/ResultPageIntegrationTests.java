package org.uniregion.result;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResultPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	int count() {
		Integer n = this.jdbc.queryForObject("select count(*) from research_result", Integer.class);
		return n == null ? 0 : n;
	}

	@Test
	void theListSearchesFiltersSortsAndSaysWhenNothingMatches() {
		WebSession researcher = WebSession.as(TestUsers.RESEARCHER, this.port);
		WebSession.Page list = researcher.get("/results?size=100&q=" + enc("演示"));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("id=\"new-result\"").contains(ResultAccessRows.DRAFT_TITLE).contains("badge demo")
			.contains("Published").contains("Draft");
		assertThat(researcher.get("/results?q=" + enc("\"正极材料\"")).body()).contains("高安全性锂离子电池正极材料")
			.doesNotContain("耐盐碱水稻");
		assertThat(researcher.get("/results?type=PLANT_VARIETY").body()).contains("耐盐碱水稻").doesNotContain("正极材料");
		assertThat(researcher.get("/results?ipc=A01H&sort=trl,desc").body()).contains("耐盐碱水稻");
		assertThat(researcher.get("/results?q=zqnothinglikethis").body()).contains("class=\"empty\"");
		assertThat(researcher.get("/results?sort=nonsense").status()).isEqualTo(400);
		assertThat(WebSession.as(TestUsers.ENTERPRISE, this.port).get("/results?size=100&q=" + enc("演示")).body())
			.doesNotContain("id=\"new-result\"").doesNotContain(ResultAccessRows.DRAFT_TITLE).contains("耐盐碱水稻");
	}

	/** The discipline is picked from the vocabulary by its label in the page's language; the form posts the key. */
	@Test
	void theDisciplineIsPickedByItsLabelInThePagesLanguage() {
		WebSession researcher = WebSession.as(TestUsers.RESEARCHER, this.port);
		assertThat(researcher.get("/results/new?lang=en").body()).contains("<select id=\"discipline\" name=\"discipline\"")
			.contains("<option value=\"control-science\">Control science and engineering</option>")
			.doesNotContain(">control-science<");
		Map<String, String> form = new HashMap<>();
		form.put("type", "SOFTWARE_COPYRIGHT");
		form.put("title", "页面测试：学科选择");
		form.put("discipline", "control-science");
		form.put("language", "zh");
		WebSession.Page created = researcher.postForm("/results", form);
		assertThat(created.status()).isEqualTo(302);
		long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
		String edit = "/results/" + id + "/edit";
		assertThat(researcher.get(edit + "?lang=en").body())
			.contains("<option value=\"control-science\" selected=\"selected\">Control science and engineering</option>");
		assertThat(researcher.get(edit + "?lang=zh-CN").body())
			.contains("<option value=\"control-science\" selected=\"selected\">控制科学与工程</option>");
		// A value of an earlier release (an alias) is shown as its discipline; one outside the vocabulary as it is.
		this.jdbc.update("update research_result set discipline = 'Automation' where id = ?", id);
		assertThat(researcher.get(edit + "?lang=en").body())
			.contains("<option value=\"control-science\" selected=\"selected\">Control science and engineering</option>");
		this.jdbc.update("update research_result set discipline = 'Glaciology of Mars' where id = ?", id);
		assertThat(researcher.get(edit + "?lang=en").body())
			.contains("<option value=\"Glaciology of Mars\" selected=\"selected\">Glaciology of Mars</option>");
		// In a search hit's tags, such a value is data (as typed), the known disciplines are labels.
		String hits = researcher.get("/search?kind=results&q=" + java.net.URLEncoder.encode("页面测试：学科选择",
				java.nio.charset.StandardCharsets.UTF_8) + "&lang=zh-CN").body();
		assertThat(hits).contains("<span class=\"badge\" data-user-content>Glaciology of Mars</span>")
			.contains("<span class=\"badge\">软件著作权</span>");
	}

	@Test
	void aResearcherCreatesAResultThroughTheFormAndPublishesIt() {
		WebSession researcher = WebSession.as(TestUsers.RESEARCHER, this.port);
		assertThat(researcher.get("/results/new").body()).contains("name=\"ipcClasses\"").contains("Patent")
			.contains("name=\"transferModes\"").doesNotContain("name=\"ownerUsername\"");
		Map<String, String> form = new HashMap<>();
		form.put("type", "SOFTWARE_COPYRIGHT");
		form.put("title", "页面测试：智能排产软件");
		form.put("abstractText", "一种面向离散制造的智能排产软件。");
		form.put("keywords", "智能排产，离散制造");
		form.put("ipcClasses", "G05B19/418, G06F16/35");
		form.put("industries", "6513");
		form.put("trl", "6");
		form.put("transferModes", "LICENSE");
		form.put("language", "zh");
		form.put("askingAmount", "50000");
		WebSession.Page created = researcher.postForm("/results", form);
		assertThat(created.status()).isEqualTo(302);
		String location = created.location();
		assertThat(location).matches(".*/results/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		WebSession.Page detail = researcher.get("/results/" + id);
		assertThat(detail.body()).contains("页面测试：智能排产软件").contains("id=\"visibility-badge\"").contains("智能排产")
			.contains("离散制造").contains("G05B19/418").contains("id=\"to-PUBLISHED\"").contains("id=\"to-INTERNAL\"")
			.doesNotContain("id=\"to-WITHDRAWN\"");
		assertThat(researcher.get("/results/" + id + "/edit").body()).contains("智能排产, 离散制造");
		WebSession.Page moved = researcher.postForm("/results/" + id + "/visibility", Map.of("to", "PUBLISHED", "version", "0"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(researcher.get("/results/" + id).body()).contains("id=\"to-WITHDRAWN\"").doesNotContain("id=\"delete-result\"");
		// Anonymous visitors now find it in the catalog.
		WebSession anonymous = WebSession.as(TestUsers.ANONYMOUS, this.port);
		// The catalog is the search: the title comes back with the matched words marked.
		assertThat(anonymous.get("/catalog?q=" + enc("智能排产")).body()).contains("href=\"/catalog/" + id + "\"")
			.contains("<mark>");
		assertThat(anonymous.get("/catalog/" + id).body()).contains("一种面向离散制造的智能排产软件").doesNotContain("researcher");
	}

	@Test
	void badFormInputShowsTheErrorsAndStoresNothing() {
		WebSession researcher = WebSession.as(TestUsers.RESEARCHER, this.port);
		int before = count();
		Map<String, String> form = new HashMap<>();
		form.put("type", "PATENT");
		form.put("title", "页面测试：错误分类");
		form.put("ipcClasses", "G06F16/35, NOT-A-CODE");
		form.put("language", "zh");
		WebSession.Page page = researcher.postForm("/results", form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"ipcClasses-error\"").contains("is not an IPC code").contains("aria-invalid=\"true\"")
			.contains("value=\"G06F16/35, NOT-A-CODE\"");
		form.put("ipcClasses", "");
		form.put("trl", "x");
		WebSession.Page notANumber = researcher.postForm("/results", form);
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.body()).contains("id=\"trl-error\"");
		form.put("trl", "12");
		form.put("title", "");
		WebSession.Page blank = researcher.postForm("/results", form);
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"title-error\"").contains("id=\"trl-error\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theCatalogIsOpenToAnonymousVisitorsAndShowsOnlyPublishedResults() {
		WebSession anonymous = WebSession.as(TestUsers.ANONYMOUS, this.port);
		// The demo catalog's thousands of published records come first by date: look at the demo researcher's.
		WebSession.Page catalog = anonymous.get("/catalog?size=100&q=" + enc("演示"));
		assertThat(catalog.status()).isEqualTo(200);
		assertThat(catalog.body()).contains("耐盐碱水稻").contains("badge demo").doesNotContain(ResultAccessRows.DRAFT_TITLE)
			.doesNotContain("医学影像辅助诊断").doesNotContain("（已撤回）");
		assertThat(anonymous.get("/catalog?type=SOFTWARE_COPYRIGHT").body()).contains("path planning")
			.doesNotContain("耐盐碱水稻");
		long draft = ResultFixtures.demoId(this.jdbc, "DRAFT");
		long published = ResultFixtures.demoId(this.jdbc, "PUBLISHED");
		assertThat(anonymous.get("/catalog/" + draft).status()).isEqualTo(404);
		WebSession.Page entry = anonymous.get("/catalog/" + published);
		assertThat(entry.status()).isEqualTo(200);
		assertThat(entry.body()).contains("G06F16/35").contains("Licence");
		assertThat(anonymous.get("/results").status()).isEqualTo(302);
	}

	@Test
	void aResearcherCannotChangeAnotherResearchersResultThroughThePages() {
		long staffOwned = this.jdbc.queryForObject("insert into research_result (type, title, language, owner_id, owner_name, visibility) "
				+ "select 'PATENT', '页面测试：员工的内部成果', 'zh', id, username, 'INTERNAL' from app_user where username = 'staff' returning id",
				Long.class);
		WebSession researcher = WebSession.as(TestUsers.RESEARCHER, this.port);
		assertThat(researcher.get("/results/" + staffOwned).body()).doesNotContain("id=\"edit-result\"");
		assertThat(researcher.get("/results/" + staffOwned + "/edit").status()).isEqualTo(403);
		assertThat(researcher.postForm("/results/" + staffOwned + "/visibility", Map.of("to", "DRAFT", "version", "0")).status())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select visibility from research_result where id = ?", String.class, staffOwned))
			.isEqualTo("INTERNAL");
	}

	static String enc(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}

}
