package org.uniregion.result;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label a user reads in the language the page is in: the facets of the search page and the catalog, the
 * tags of the hits, and the result detail (discipline, industries, IPC, owner, source, asking amount).
 */
@IntegrationTest
class LabelsLanguageIntegrationTests {

	static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/** A label that is lower-case English words only, as the NASA categories were. */
	static final Pattern LOWER_ENGLISH = Pattern.compile("[a-z][a-z ,;&-]*");

	static final Pattern FACET_SECTION = Pattern.compile("<section class=\"facet\" id=\"facet-([a-zA-Z]+)\">(.*?)</section>", Pattern.DOTALL);

	static final Pattern FACET_LABEL = Pattern.compile("<span class=\"facet-label\">([^<]*)</span>");

	static final Pattern TAGS = Pattern.compile("<p class=\"tags\">(.*?)</p>", Pattern.DOTALL);

	static final Pattern BADGE = Pattern.compile("<span class=\"badge\">([^<]*)</span>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	record Label(String facet, String text) {
	}

	static List<Label> facetLabels(String html) {
		List<Label> out = new ArrayList<>();
		Matcher section = FACET_SECTION.matcher(html);
		while (section.find()) {
			Matcher label = FACET_LABEL.matcher(section.group(2));
			while (label.find()) {
				out.add(new Label(section.group(1), HtmlUtils.htmlUnescape(label.group(1)).trim()));
			}
		}
		return out;
	}

	static List<String> tags(String html) {
		List<String> out = new ArrayList<>();
		Matcher tags = TAGS.matcher(html);
		while (tags.find()) {
			Matcher badge = BADGE.matcher(tags.group(1));
			while (badge.find()) {
				out.add(HtmlUtils.htmlUnescape(badge.group(1)).trim());
			}
		}
		return out;
	}

	@Test
	void facetLabelsAndTagsAreInThePagesLanguage() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		WebSession visitor = WebSession.as(TestUsers.ANONYMOUS, this.port);
		for (String page : List.of("/search?kind=results", "/catalog?q=", "/catalog?source=CSL", "/catalog?source=NASA",
				"/search?kind=results&source=CSL")) {
			WebSession who = page.startsWith("/catalog") ? visitor : staff;
			String sep = page.contains("?") ? "&" : "?";

			String en = who.get(page + sep + "lang=en").body();
			List<Label> enLabels = facetLabels(en);
			assertThat(enLabels).as(page).isNotEmpty();
			assertThat(enLabels).as(page + " in English").noneMatch(l -> HAN.matcher(l.text()).find());
			assertThat(tags(en)).as(page + " tags in English").noneMatch(t -> HAN.matcher(t).find());

			String zh = who.get(page + sep + "lang=zh-CN").body();
			List<Label> zhLabels = facetLabels(zh);
			assertThat(zhLabels).as(page).isNotEmpty();
			assertThat(zhLabels).as(page + " in Chinese").noneMatch(l -> LOWER_ENGLISH.matcher(l.text()).matches());
			assertThat(zhLabels).as(page + " disciplines, industries and IPC sections in Chinese")
				.filteredOn(l -> List.of("discipline", "industry", "ipcSection").contains(l.facet()))
				.allMatch(l -> HAN.matcher(l.text()).find());
			assertThat(tags(zh)).as(page + " tags in Chinese").noneMatch(t -> LOWER_ENGLISH.matcher(t).matches());
		}
		// demands: the industry facet (the regions are the region module's)
		List<Label> demandIndustries = facetLabels(staff.get("/search?kind=demands&lang=en").body()).stream()
			.filter(l -> l.facet().equals("industry")).toList();
		assertThat(demandIndustries).isNotEmpty().noneMatch(l -> HAN.matcher(l.text()).find());
		assertThat(facetLabels(staff.get("/search?kind=demands&lang=zh-CN").body())).filteredOn(l -> l.facet().equals("industry"))
			.isNotEmpty().allMatch(l -> HAN.matcher(l.text()).find());
		// the facets that were mixed before
		String catalog = visitor.get("/catalog?source=NASA&lang=zh-CN").body();
		assertThat(facetLabels(catalog)).contains(new Label("discipline", "材料与涂层"));
		String search = staff.get("/search?kind=results&lang=en").body();
		assertThat(facetLabels(search)).extracting(Label::text).contains("G Physics", "Materials and coatings");
	}

	@Test
	void theResultDetailIsInThePagesLanguageAndSaysEachThingOnce() {
		long rice = this.jdbc.queryForObject("select id from research_result where title = '演示：耐盐碱水稻新品种'", Long.class);
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		String en = staff.get("/results/" + rice + "?lang=en").body();
		// one list, so that its rows line up; the amount in the page's locale, the label names the currency
		assertThat(count(en, "class=\"props\"")).isEqualTo(1);
		assertThat(en).contains("Asking amount (CNY)").contains("id=\"result-askingAmount\">300,000.00<").doesNotContain(" CNY<");
		assertThat(en).contains("id=\"result-discipline\">Crop science<").contains("Agriculture").contains("A Human necessities");
		String zh = staff.get("/results/" + rice + "?lang=zh-CN").body();
		assertThat(zh).contains("报价（人民币元）").contains("id=\"result-askingAmount\">300,000.00<").doesNotContain("CNY<");
		assertThat(zh).contains("id=\"result-discipline\">作物学<");

		long nasa = this.jdbc.queryForObject("select min(id) from research_result where source = 'NASA'", Long.class);
		String nasaEn = staff.get("/results/" + nasa + "?lang=en").body();
		assertThat(nasaEn).contains("id=\"result-owner\">Technology transfer office<").doesNotContain("技术转移办公室");
		assertThat(nasaEn).contains("class=\"source\">NASA Technology Transfer Program");
		String nasaZh = staff.get("/results/" + nasa + "?lang=zh-CN").body();
		assertThat(nasaZh).contains("id=\"result-owner\">技术转移办公室<").doesNotContain("Technology transfer office");
		// a person's name is data, as typed: marked so, unlike the catalog owner's label above
		Long owned = this.jdbc.queryForObject("select min(id) from research_result where owner_id is not null", Long.class);
		assertThat(owned).as("a demo result owned by a person").isNotNull();
		assertThat(staff.get("/results/" + owned + "?lang=zh-CN").body()).contains("id=\"result-owner\" data-user-content>");
		long csl = this.jdbc.queryForObject("select min(id) from research_result where source = 'CSL'", Long.class);
		String cslZh = staff.get("/results/" + csl + "?lang=zh-CN").body();
		assertThat(cslZh).contains("class=\"source\">CSL 中文科学文献数据集").doesNotContain("class=\"source\">来源：");
		assertThat(count(WebSession.as(TestUsers.ANONYMOUS, this.port).get("/catalog/" + csl + "?lang=en").body(),
				"class=\"source\">Source:")).isZero();
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
