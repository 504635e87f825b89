package org.uniregion.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public forms in a real browser, in both languages: the honeypot field of the demand form and of the
 * express-interest form is nowhere a person can see it, and Tab never reaches it.
 */
@IntegrationTest
class PublicFormsJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHoneypotsAreNeitherVisibleNorReachableByTab() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		long published = this.jdbc.queryForObject(
				"select min(id) from research_result where visibility = 'PUBLISHED' and source = 'NASA'", Long.class);
		try (Browser b = new Browser(this.port, "honeypot-journey")) {
			for (String lang : List.of("en", "zh-CN")) {
				b.open("/demand/submit?lang=" + lang);
				b.find(By.id("title"));
				assertHiddenFromPeople(b, "homepage", "Homepage");
				assertTabSkips(b, By.id("title"), "homepage");
				b.screenshot("demand-form-" + lang);

				b.open("/catalog/" + published + "?lang=" + lang);
				b.find(By.id("interest-name"));
				assertHiddenFromPeople(b, "website", "Website");
				assertTabSkips(b, By.id("interest-name"), "website");
				b.screenshot("interest-form-" + lang);
			}
		}
	}

	/** The field and its label lie outside the page a person sees and take no room in the form. */
	private static void assertHiddenFromPeople(Browser b, String name, String label) {
		WebElement input = b.driver().findElement(By.name(name));
		@SuppressWarnings("unchecked")
		Map<String, Object> rect = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(
				"const r = arguments[0].getBoundingClientRect(); return {right: r.right + window.scrollX, "
						+ "bottom: r.bottom + window.scrollY, width: r.width, height: r.height};", input);
		double right = ((Number) rect.get("right")).doubleValue();
		double area = ((Number) rect.get("width")).doubleValue() * ((Number) rect.get("height")).doubleValue();
		assertThat(right <= 0 || area <= 1).as(name + " off-screen or without size: " + rect).isTrue();
		assertThat(input.isDisplayed()).as(name + " displayed").isFalse();
		assertThat(input.getAttribute("tabindex")).isEqualTo("-1");
		assertThat(input.getAttribute("autocomplete")).isEqualTo("off");
		assertThat(b.text(By.tagName("main"))).doesNotContain(label);
	}

	/** Tabbing from {@code start} through the whole form never focuses the field {@code name}. */
	private static void assertTabSkips(Browser b, By start, String name) {
		WebElement first = b.find(start);
		first.click();
		List<String> focused = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
			WebElement active = b.driver().switchTo().activeElement();
			focused.add(String.valueOf(active.getAttribute("name")) + "#" + active.getAttribute("id"));
		}
		assertThat(focused).as("focus order").noneMatch(f -> f.startsWith(name + "#"));
		assertThat(focused).as("the tab walk left the first field").anyMatch(f -> !f.endsWith(first.getAttribute("id")));
	}

}
