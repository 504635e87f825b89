package org.uniregion.journey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a visitor picks the region of a public demand by typing its name; the grouped navigation
 * stays on one line at 1,280 px and is operated with the keyboard; the demand list keeps short headers and
 * values on one line.
 */
@IntegrationTest
class NavigationAndPickerJourneyTests {

	/** How many lines of text an element's content takes (distinct tops of its text's line boxes). */
	private static final String LINES = "var r = document.createRange(); r.selectNodeContents(arguments[0]);"
			+ " var tops = {}; var rects = r.getClientRects();"
			+ " for (var i = 0; i < rects.length; i++) { if (rects[i].height > 0) { tops[Math.round(rects[i].top)] = 1; } }"
			+ " return Object.keys(tops).length;";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVisitorPicksTheRegionOfADemandByTypingItsName() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		String title = "Picker journey demand " + Long.toString(System.nanoTime(), 36);
		try (Browser b = new Browser(this.port, "demand-picker-journey")) {
			b.open("/demand/submit?lang=zh-CN");
			b.type(By.id("title"), title);
			b.type(By.id("text"), "我们需要一种低功耗的工业传感器数据采集方案。");
			// Typing the name fills the picker's list (htmx); choosing the entry puts its code in the field.
			b.type(By.id("regionCode"), "无锡");
			WebElement option = waitForOption(b, "regionCode", "320200");
			assertThat(option.getAttribute("label") + option.getText()).contains("无锡市", "Wuxi");
			pick(b, "regionCode", option);
			b.type(By.id("industryCode"), "软件开发");
			pick(b, "industryCode", waitForOption(b, "industryCode", "6511"));
			b.type(By.id("contactName"), "李工");
			b.type(By.id("contactPhone"), "0510-12345678");
			b.screenshot("demand-picked");
			b.click(By.cssSelector("form.form button[type=submit].primary"));
			b.find(By.id("thanks"));
			b.screenshot("demand-sent");
		}
		assertThat(this.jdbc.queryForMap("select region_code, industry_code, status from demand where title = ?", title))
			.containsEntry("region_code", "320200").containsEntry("industry_code", "6511").containsEntry("status", "SUBMITTED");
	}

	@Test
	void theDemandAndResultFiltersTakeThePickedValues() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "filter-picker-journey")) {
			b.logIn(TestUsers.STAFF);
			b.open("/demands");
			b.type(By.id("region"), "Wuxi");
			pick(b, "region", waitForOption(b, "region", "320200"));
			b.click(By.cssSelector("form[role=search] button[type=submit]"));
			b.waitForUrl("region=320200");
			List<WebElement> rows = b.driver().findElements(By.cssSelector("table.list tbody tr"));
			assertThat(rows).isNotEmpty();
			rows.forEach(r -> assertThat(r.getText()).containsPattern("3202\\d\\d"));

			b.open("/agreements?lang=zh-CN");
			b.type(By.id("region"), "无锡");
			pick(b, "region", waitForOption(b, "region", "320200"));
			b.click(By.cssSelector("form[role=search] button[type=submit]"));
			b.waitForUrl("region=320200");
			List<WebElement> agreements = b.driver().findElements(By.cssSelector("table.list tbody tr"));
			assertThat(agreements).isNotEmpty();
			agreements.forEach(r -> assertThat(r.getText()).containsPattern("3202\\d\\d"));

			b.open("/results?lang=en");
			b.type(By.id("industry"), "software");
			pick(b, "industry", waitForOption(b, "industry", "65"));
			b.click(By.cssSelector("form[role=search] button[type=submit]"));
			b.waitForUrl("industry=65");
			assertThat(b.find(By.id("industry")).getAttribute("value")).isEqualTo("65");
		}
	}

	@Test
	void theNavigationIsOneLineAt1280AndOperatedWithTheKeyboard() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		for (TestUsers user : new TestUsers[] { TestUsers.STAFF, TestUsers.ADMIN }) {
			try (Browser b = new Browser(this.port, "nav-" + user.username())) {
				b.driver().manage().window().setSize(new Dimension(1280, 800));
				b.logIn(user);
				for (String lang : new String[] { "en", "zh-CN" }) {
					b.open("/demands?lang=" + lang);
					b.find(By.cssSelector("main h1"));
					List<WebElement> items = b.driver().findElements(By.cssSelector("header.top > *, nav.main-nav > *"));
					int top = items.get(0).getRect().getY() + items.get(0).getRect().getHeight() / 2;
					for (WebElement item : items) {
						int middle = item.getRect().getY() + item.getRect().getHeight() / 2;
						assertThat(Math.abs(middle - top)).as(user + " " + lang + ": " + item.getText() + " on the first line").isLessThan(12);
					}
					assertThat(b.driver().findElement(By.cssSelector("header.top")).getRect().getHeight()).as(user + " " + lang)
						.isLessThan(70);
					b.screenshot("nav-" + lang);
				}
				// Keyboard: Enter opens a menu, its links are reachable, Escape closes it and returns to the menu.
				WebElement summary = b.find(By.cssSelector("#menu-partners > summary"));
				summary.sendKeys(Keys.ENTER);
				b.waitFor(d -> d.findElement(By.cssSelector("#menu-partners a[href='/agreements']")).isDisplayed());
				b.screenshot("menu-open");
				b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
				assertThat(b.driver().switchTo().activeElement().getAttribute("href")).endsWith("/regions");
				b.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
				b.waitFor(d -> !d.findElement(By.cssSelector("#menu-partners a[href='/agreements']")).isDisplayed());
				assertThat(b.driver().switchTo().activeElement().getTagName()).isEqualTo("summary");
				summary.sendKeys(Keys.ENTER);
				b.waitFor(d -> d.findElement(By.cssSelector("#menu-partners a[href='/agreements']")).isDisplayed());
				b.driver().findElement(By.cssSelector("#menu-partners a[href='/agreements']")).sendKeys(Keys.ENTER);
				b.waitForUrl("/agreements");
			}
		}
	}

	@Test
	void theDemandListKeepsShortHeadersAndValuesOnOneLine() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "demand-table")) {
			b.driver().manage().window().setSize(new Dimension(1280, 800));
			b.logIn(TestUsers.STAFF);
			b.open("/demands?lang=zh-CN&size=50");
			b.find(By.cssSelector("table.list"));
			b.screenshot("demands-zh");
			JavascriptExecutor js = (JavascriptExecutor) b.driver();
			for (WebElement th : b.driver().findElements(By.cssSelector("table.list thead th"))) {
				assertThat(((Number) js.executeScript(LINES, th)).intValue()).as("header " + th.getText()).isEqualTo(1);
			}
			List<WebElement> sources = b.driver().findElements(By.xpath("//table[contains(@class,'list')]/tbody/tr/td[4]"));
			assertThat(sources).extracting(WebElement::getText).contains("企业");
			for (WebElement td : sources) {
				assertThat(((Number) js.executeScript(LINES, td)).intValue()).as("source " + td.getText()).isEqualTo(1);
			}
			for (WebElement badge : b.driver().findElements(By.cssSelector("table.list tbody .badge"))) {
				assertThat(((Number) js.executeScript(LINES, badge)).intValue()).as("badge " + badge.getText()).isEqualTo(1);
			}
		}
	}

	private static WebElement waitForOption(Browser b, String field, String code) {
		By option = By.cssSelector("#" + field + "-options option[value='" + code + "']");
		b.waitFor(d -> !d.findElements(option).isEmpty()); // filled by htmx as the user types
		return b.driver().findElement(option);
	}

	/**
	 * Chooses an entry of the field's list as the browser's own list does: the field takes the entry's value. (The
	 * browser's native list popup is not part of the page, so WebDriver cannot click it.)
	 */
	private static void pick(Browser b, String field, WebElement option) {
		b.setValue(By.id(field), option.getAttribute("value"));
	}

}
