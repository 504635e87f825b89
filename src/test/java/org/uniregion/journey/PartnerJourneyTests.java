package org.uniregion.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

			b.click(By.id("logout"));
			b.waitForUrl("/login?logout");
			b.screenshot("logged-out");
			b.open("/");
			b.waitForUrl("/login");
		}
	}

}
