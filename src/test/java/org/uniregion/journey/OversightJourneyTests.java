package org.uniregion.journey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two users who only look, in a real browser: Wuxi's S&T bureau, in Chinese, browses the region tree and
 * sees only its own region's agreements and no audit trail; the auditor verifies the audit chain.
 */
@IntegrationTest
class OversightJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void theWuxiBureauBrowsesItsRegionInChineseAndSeesNothingElse() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "wuxi-journey")) {
			b.logIn(TestUsers.WUXI);
			b.click(By.id("lang-zh"));
			b.waitForText(By.cssSelector("main h1"), "欢迎");
			// Its home names its region and shows its own agreements and demands.
			assertThat(b.text(By.id("acting-for"))).contains("无锡市", "江苏省");
			assertThat(b.driver().findElements(By.cssSelector("#panel-partners ul.recent a[href^='/agreements/']"))).isNotEmpty();
			assertThat(b.driver().findElements(By.cssSelector("#panel-demands ul.recent a[href^='/demands/']"))).isNotEmpty();
			assertThat(b.text(By.id("partner-counts"))).containsPattern("\\d+ 项协议");
			b.screenshot("wuxi-home-zh");

			b.nav("/regions");
			b.click(By.xpath("//summary[contains(., '江苏省')]"));
			b.click(By.xpath("//div[@id='children-320000']//summary[contains(., '无锡市')]")); // loaded by htmx
			b.waitFor(d -> !d.findElements(By.xpath("//div[@id='children-320200']//a[contains(., '滨湖区')]")).isEmpty());
			b.screenshot("region-tree-zh");
			b.click(By.cssSelector("#children-320200 a[href='/regions/320200']"));
			b.waitForText(By.cssSelector("main h1"), "无锡市");
			assertThat(b.text(By.cssSelector("main"))).contains("长三角", "滨湖区");
			b.screenshot("wuxi-region");

			b.nav("/agreements");
			List<WebElement> rows = b.driver().findElements(By.cssSelector("table.list tbody tr"));
			assertThat(rows).isNotEmpty();
			for (WebElement row : rows) {
				assertThat(row.getText()).as("an agreement of the Wuxi bureau's list").containsPattern("3202\\d\\d");
			}
			assertThat(b.text(By.cssSelector("main"))).doesNotContain("河北", "云南", "广东");
			assertThat(b.driver().findElements(By.id("new-agreement"))).as("a region partner does not draft agreements").isEmpty();
			b.screenshot("wuxi-agreements-zh");

			assertThat(b.driver().findElements(By.cssSelector("nav.main-nav a[href='/audit']"))).isEmpty();
			b.open("/audit");
			b.waitForText(By.cssSelector("main h1"), "403");
			b.screenshot("audit-forbidden-zh");
		}
	}

	@Test
	void theAuditorVerifiesTheAuditChain() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "auditor-journey")) {
			b.logIn(TestUsers.AUDITOR);
			b.nav("/audit");
			b.find(By.cssSelector("table.list"));
			b.click(By.id("verify-chain"));
			b.waitFor(d -> !d.findElement(By.id("verification")).getText().isBlank()); // htmx
			assertThat(b.text(By.id("verification"))).containsIgnoringCase("intact");
			assertThat(b.url()).endsWith("/audit");
			b.screenshot("audit-verified");
		}
	}

}
