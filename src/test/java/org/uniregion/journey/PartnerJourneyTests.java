package org.uniregion.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's first morning, in a real browser: log in, switch the language, create an organization and
 * a framework agreement, find the agreement in the list, log out.
 */
@IntegrationTest
class PartnerJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void logInSwitchLanguageCreateOrganizationAndAgreementFindItLogOut() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s (apt-get install chromium chromium-driver)",
				Browser.CHROMIUM, Browser.CHROMEDRIVER).isTrue();
		try (Browser b = new Browser(this.port, "partner-journey")) {
			b.open("/");
			b.waitForUrl("/login");
			b.screenshot("login");
			b.type(By.id("username"), TestUsers.STAFF.username());
			b.type(By.id("password"), TestUsers.PASSWORD);
			b.click(By.id("login-submit"));
			b.find(By.cssSelector("main h1"));
			b.screenshot("home");

			b.click(By.id("lang-zh"));
			b.waitForText(By.cssSelector("main h1"), "欢迎");
			assertThat(b.text(By.id("logout"))).isEqualTo("退出");
			b.screenshot("home-zh");
			b.click(By.id("lang-en"));
			b.waitForText(By.cssSelector("main h1"), "Welcome");

			// An organization in Wuxi's Binhu district, the region found through the htmx picker.
			String suffix = Long.toString(System.nanoTime(), 36);
			String orgName = "无锡旅程测试企业 " + suffix;
			b.nav("/organizations");
			b.click(By.id("new-organization"));
			b.type(By.id("nameZh"), orgName);
			b.type(By.id("nameEn"), "Journey Test Enterprise " + suffix);
			new Select(b.find(By.id("type"))).selectByValue("ENTERPRISE");
			b.type(By.id("regionCode"), "Binhu");
			b.waitFor(d -> !d.findElements(By.cssSelector("#regionCode-options option[value='320211']")).isEmpty()); // htmx
			b.type(By.id("regionCode"), "320211");
			b.screenshot("organization-form");
			b.click(By.cssSelector("form.form button[type=submit].primary"));
			b.waitForText(By.cssSelector("main h1"), "Journey Test Enterprise " + suffix); // the English name, in English
			b.screenshot("organization-created");

			// A framework agreement with it.
			String title = "Journey agreement " + suffix;
			b.open("/agreements/new");
			b.type(By.id("title"), title);
			new Select(b.find(By.id("organizationId"))).selectByVisibleText(
					b.find(By.xpath("//select[@id='organizationId']/option[contains(., '" + suffix + "')]")).getText());
			b.setValue(By.id("signingDate"), "2026-11-20");
			b.setValue(By.id("startDate"), "2026-12-01");
			b.setValue(By.id("endDate"), "2029-11-30");
			b.click(By.cssSelector("input[name='areas'][value='JOINT_RESEARCH']"));
			b.click(By.cssSelector("input[name='areas'][value='TALENT']"));
			b.type(By.id("resources"), "Joint laboratory, 2 PhD positions a year");
			b.screenshot("agreement-form");
			b.click(By.cssSelector("form.form button[type=submit].primary"));
			b.waitForText(By.cssSelector("main h1"), title);
			assertThat(b.text(By.cssSelector("main"))).contains("Draft");
			b.screenshot("agreement-created");

			// Found in the list by a search.
			b.nav("/agreements");
			b.type(By.id("q"), suffix);
			b.find(By.id("q")).submit();
			b.waitForText(By.cssSelector("table.list"), title);
			assertThat(b.driver().findElements(By.cssSelector("table.list tbody tr"))).hasSize(1);
			b.screenshot("agreement-found");

			b.click(By.id("logout"));
			b.waitForUrl("/login?logout");
			b.screenshot("logged-out");
			b.open("/");
			b.waitForUrl("/login");
		}
	}

}
