package org.uniregion.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office imports a file of 3,000 research results in a real browser: it uploads the file, watches the
 * progress bar of the dry run, commits, watches the import and finds the results in the list; then searches
 * them, narrows the hits by a facet and opens one.
 */
@IntegrationTest
class ImportJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void staffImportsThreeThousandResultsWatchingTheProgressBar() throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		StringBuilder csv = new StringBuilder("\uFEFF类型,标题,摘要,关键词,IPC分类,行业,技术成熟度,转化方式\n");
		for (int i = 0; i < 3000; i++) {
			csv.append("PATENT,旅程导入成果 ").append(i).append(",一种用于旅程测试的方法 ").append(i)
				.append(",\"旅程,测试\",G06F16/35,6513,").append(1 + i % 9).append(",LICENSE\n");
		}
		Path file = Files.createTempFile("journey-results", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		try (Browser b = new Browser(this.port, "import-journey")) {
			b.open("/login?lang=en");
			b.type(By.id("username"), TestUsers.STAFF.username());
			b.type(By.id("password"), TestUsers.PASSWORD);
			b.click(By.id("login-submit"));
			b.find(By.id("logout"));

			b.nav("/imports");
			b.find(By.id("kind"));
			b.screenshot("imports-upload-form");
			b.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			b.click(By.id("upload"));
			b.waitForUrl("/imports/");

			WebElement bar = b.find(By.cssSelector("progress#bar"));
			assertThat(bar.isDisplayed()).isTrue();
			assertThat(bar.getAttribute("value")).isNotBlank();
			assertThat(b.text(By.id("percent"))).endsWith("%");
			b.screenshot("import-dry-run-progress");

			// htmx polls the progress until the dry run is done, then offers to show the result.
			b.waitFor(d -> !d.findElements(By.cssSelector("#progress a.button")).isEmpty());
			assertThat(b.text(By.id("job-status"))).isEqualTo("Valid");
			b.click(By.cssSelector("#progress a.button"));
			b.click(By.id("commit"));
			b.find(By.cssSelector("progress#bar"));
			b.screenshot("import-commit-progress");
			b.waitFor(d -> {
				try {
					return d.findElement(By.id("job-status")).getText().equals("Imported");
				}
				catch (org.openqa.selenium.StaleElementReferenceException ex) {
					return false; // htmx swapped the progress in between
				}
			});
			assertThat(b.find(By.cssSelector("progress#bar")).getAttribute("value")).isEqualTo("100");
			b.screenshot("import-done");

			b.open("/results?q=" + java.net.URLEncoder.encode("\"旅程导入成果 2999\"", StandardCharsets.UTF_8));
			b.waitForText(By.cssSelector("table.list"), "旅程导入成果 2999");
			b.screenshot("imported-results");

			// The imported results are in the search index at once: search, narrow by a facet, open one.
			b.click(By.id("nav-search"));
			b.type(By.id("q"), "旅程");
			b.find(By.id("q")).sendKeys(org.openqa.selenium.Keys.ENTER);
			b.waitFor(d -> d.getCurrentUrl().contains("q="));
			assertThat(b.text(By.cssSelector(".hits .hit h2 a"))).startsWith("旅程导入成果");
			String all = b.text(By.id("search-count"));
			b.click(By.cssSelector("#facet-trl a[href*='trl=9']"));
			b.waitFor(d -> d.getCurrentUrl().contains("trl=9"));
			assertThat(b.text(By.id("search-count"))).isNotEqualTo(all);
			for (WebElement hit : b.driver().findElements(By.cssSelector(".hits .hit .tags"))) {
				assertThat(hit.getText()).contains("TRL 9");
			}
			b.screenshot("imported-search-facet");
			String title = b.text(By.cssSelector(".hits .hit h2 a"));
			b.click(By.cssSelector(".hits .hit h2 a"));
			b.waitForUrl("/results/");
			assertThat(b.text(By.cssSelector("main h1"))).startsWith(title);
			b.screenshot("imported-result-opened");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
