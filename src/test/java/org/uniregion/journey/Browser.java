package org.uniregion.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium from the operating system (never downloaded), driven by its own chromedriver;
 * keeps a numbered screenshot of every step in {@code target/screenshots/<journey>/}. Every page it loads and every
 * htmx swap is checked for what a person sees ({@link Sight}): a journey fails at its next step after a page broke a
 * rule, and at the latest when it closes the browser. The pages checked are listed in {@code pages.txt}.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getProperty("uniregion.test.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("uniregion.test.chromedriver", "/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Sight sight;

	private final WebDriverWait wait;

	private final String base;

	private final Path shots;

	private int step;

	Browser(int port, String journey) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--disable-quic", "--window-size=1280,900", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.sight = new Sight(this.driver);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		this.base = "http://localhost:" + port;
		this.shots = Path.of(System.getProperty("uniregion.test.screenshots", "target/screenshots")).resolve(journey);
		Files.createDirectories(this.shots);
		try (var old = Files.list(this.shots)) {
			for (Path p : old.toList()) {
				Files.delete(p);
			}
		}
	}

	static boolean available() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	void open(String path) {
		this.sight.verify();
		this.driver.get(this.base + path);
		this.sight.verify();
	}

	/**
	 * Follows a link of the main navigation as a user does: a link inside a closed menu is reached by opening the
	 * menu first.
	 */
	void nav(String href) {
		By link = By.cssSelector("nav.main-nav a[href='" + href + "']");
		WebElement a = this.wait.until(ExpectedConditions.presenceOfElementLocated(link));
		if (!a.isDisplayed()) {
			a.findElement(By.xpath("ancestor::details[1]/summary")).click();
		}
		click(link);
	}

	/** Checks what a person sees on the pages and swaps since the last check (as every step does by itself). */
	void verifySight() {
		this.sight.verify();
	}

	/** Logs in on the English login page and waits for the home page. */
	void logIn(org.uniregion.support.TestUsers user) {
		open("/login?lang=en");
		type(By.id("username"), user.username());
		type(By.id("password"), org.uniregion.support.TestUsers.PASSWORD);
		click(By.id("login-submit"));
		find(By.id("logout"));
	}

	WebElement find(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	void click(By by) {
		this.sight.verify();
		this.wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	void type(By by, String text) {
		WebElement e = find(by);
		e.clear();
		e.sendKeys(text);
	}

	void waitForText(By by, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	void waitForUrl(String fragment) {
		this.wait.until(ExpectedConditions.urlContains(fragment));
	}

	/** Sets an input's value as a user's picker would (date inputs take typed text in the browser's locale). */
	void setValue(By by, String value) {
		WebElement e = find(by);
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
	}

	void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		this.wait.until(condition::apply);
	}

	/** The element's text; read again when htmx swapped the element while it was being read. */
	String text(By by) {
		return this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> {
				WebElement e = d.findElement(by);
				return e.isDisplayed() ? e.getText() : null;
			});
	}

	String url() {
		return this.driver.getCurrentUrl();
	}

	WebDriver driver() {
		return this.driver;
	}

	void screenshot(String name) throws IOException {
		this.sight.verify();
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(this.shots.resolve(String.format("%02d-%s.png", ++this.step, name)), png);
	}

	@Override
	public void close() {
		try {
			this.sight.verify();
			Files.write(this.shots.resolve("pages.txt"), this.sight.pages());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			this.driver.quit();
		}
	}

}
