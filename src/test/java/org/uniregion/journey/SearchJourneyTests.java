package org.uniregion.journey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the catalogs in a real browser: the office searches in Chinese, narrows the hits with a facet and
 * opens a result; an anonymous visitor searches the public catalog in English.
 */
@IntegrationTest
class SearchJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void theOfficeSearchesFiltersByAFacetAndOpensAResult() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "search-journey")) {
			b.open("/login?lang=zh-CN");
			b.type(By.id("username"), TestUsers.STAFF.username());
			b.type(By.id("password"), TestUsers.PASSWORD);
			b.click(By.id("login-submit"));
			b.find(By.id("logout"));

			b.click(By.id("nav-search"));
			b.type(By.id("q"), "电池 材料");
			b.find(By.id("q")).sendKeys(Keys.ENTER);
			b.waitFor(d -> d.getCurrentUrl().contains("q="));
			assertThat(b.text(By.id("search-count"))).contains("条结果");
			assertThat(b.find(By.cssSelector(".hits .hit h2 a")).getAttribute("innerHTML")).contains("<mark>");
			assertFacetsOnce(b);
			b.screenshot("search-words-zh");

			String before = b.text(By.id("search-count"));
			b.click(By.cssSelector("#facet-type a[href*='type=PATENT']"));
			b.waitFor(d -> d.getCurrentUrl().contains("type=PATENT"));
			assertThat(b.find(By.cssSelector("#facet-type a.selected")).getText()).contains("专利");
			assertThat(b.text(By.cssSelector(".active-filters"))).contains("专利");
			assertThat(b.text(By.id("search-count"))).isNotEqualTo(before);
			b.screenshot("search-facet-zh");

			String title = b.text(By.cssSelector(".hits .hit h2 a"));
			b.click(By.cssSelector(".hits .hit h2 a"));
			b.waitForUrl("/results/");
			assertThat(b.text(By.cssSelector("main h1"))).startsWith(title);
			b.screenshot("search-opened-result");

			// The selected facet is a link that removes it again.
			b.driver().navigate().back();
			b.click(By.cssSelector(".active-filters a"));
			b.waitFor(d -> !d.getCurrentUrl().contains("type=PATENT"));
			assertThat(b.driver().findElements(By.cssSelector("#facet-type a.selected"))).isEmpty();
		}
	}

	/** The facet column is there once: one heading per facet, each facet list visible once (not again below). */
	static void assertFacetsOnce(Browser b) {
		String heading = b.text(By.cssSelector("#facet-type h2"));
		assertThat(b.driver().findElements(By.xpath("//h2[normalize-space()='" + heading + "']"))).hasSize(1);
		assertThat(b.driver().findElements(By.cssSelector("[id='facet-type']"))).hasSize(1);
		assertThat(b.driver().findElements(By.cssSelector("aside.facets"))).hasSize(1);
		List<WebElement> facets = b.driver().findElements(By.cssSelector("section.facet"));
		assertThat(facets).isNotEmpty().allMatch(WebElement::isDisplayed)
			.allMatch(f -> f.findElement(By.xpath("ancestor::aside")) != null);
	}

	@Test
	void aVisitorSearchesThePublicCatalogInEnglish() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "catalog-search-journey")) {
			b.open("/catalog?lang=en");
			b.type(By.id("q"), "robots planning");
			b.find(By.id("q")).sendKeys(Keys.ENTER);
			b.waitFor(d -> d.getCurrentUrl().contains("q="));
			assertThat(b.text(By.cssSelector(".hits .hit h2 a"))).contains("robot");
			assertFacetsOnce(b);
			b.screenshot("catalog-search-en");
			b.click(By.cssSelector(".hits .hit h2 a"));
			b.waitForUrl("/catalog/");
			assertThat(b.text(By.cssSelector("main"))).containsIgnoringCase("robot");
		}
	}

}
