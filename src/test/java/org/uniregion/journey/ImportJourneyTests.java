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
 * progress bar of the dry run, commits, watches the import and finds the results in the list.
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

			b.click(By.cssSelector("nav.main-nav a[href='/imports']"));
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

			b.open("/results?q=" + java.net.URLEncoder.encode("旅程导入成果 2999", StandardCharsets.UTF_8));
			b.waitForText(By.cssSelector("table.list"), "旅程导入成果 2999");
			b.screenshot("imported-results");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
