package org.uniregion.journey;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor of the catalog and the office on the search page see of the facets, in a real browser: every
 * label in the language they chose.
 */
@IntegrationTest
class CatalogLanguageJourneyTests {

	static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	static final Pattern LOWER_ENGLISH = Pattern.compile("[a-z][a-z ,;&-]*");

	@LocalServerPort
	int port;

	@Test
	void theFacetsSpeakThePagesLanguage() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "catalog-language-journey")) {
			b.open("/catalog?lang=en");
			assertEnglish(b, "catalog");
			b.screenshot("catalog-en");
			b.open("/catalog?lang=zh-CN");
			assertChinese(b, "catalog");
			b.screenshot("catalog-zh");

			b.open("/login?lang=en");
			b.type(By.id("username"), TestUsers.STAFF.username());
			b.type(By.id("password"), TestUsers.PASSWORD);
			b.click(By.id("login-submit"));
			b.find(By.id("logout"));
			b.open("/search?kind=results&lang=en");
			assertEnglish(b, "search");
			assertThat(labels(b, "ipcSection")).contains("G Physics");
			b.screenshot("search-en");
			b.open("/search?kind=results&lang=zh-CN");
			assertChinese(b, "search");
			b.screenshot("search-zh");
		}
	}

	private static void assertEnglish(Browser b, String page) {
		for (String facet : List.of("discipline", "industry", "ipcSection", "type", "source", "language")) {
			assertThat(labels(b, facet)).as(page + " " + facet).noneMatch(l -> HAN.matcher(l).find());
		}
		assertThat(labels(b, "discipline")).as(page).isNotEmpty();
	}

	private static void assertChinese(Browser b, String page) {
		for (String facet : List.of("discipline", "industry", "ipcSection")) {
			assertThat(labels(b, facet)).as(page + " " + facet).allMatch(l -> HAN.matcher(l).find());
		}
		for (String facet : List.of("type", "source", "language", "transferMode")) {
			assertThat(labels(b, facet)).as(page + " " + facet).noneMatch(l -> LOWER_ENGLISH.matcher(l).matches());
		}
		assertThat(labels(b, "discipline")).as(page).isNotEmpty();
	}

	/** The labels of a facet's values as the browser shows them. */
	private static List<String> labels(Browser b, String facet) {
		b.find(By.cssSelector(".facets"));
		return b.driver().findElements(By.cssSelector("#facet-" + facet + " .facet-label")).stream()
			.filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).toList();
	}

}
