package org.uniregion.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.uniregion.support.PageLanguage;

/**
 * What a person sees, checked on every page a journey's browser loads and after every htmx swap: the page's text
 * is in the page's language, the fields that must be hidden can be neither seen nor reached with Tab, and every
 * region renders once. {@code sight.js} is installed into each new document and gathers; this class judges.
 *
 * <p>
 * Text a person did not get from UniRegion's labels is not held to the page's language: user data (record titles,
 * names, typed text), which the templates mark with {@code data-user-content}, and text marked as another language
 * with {@code lang} (the language switch's "中文" and "English"). Which words are allowed is {@link PageLanguage}'s
 * to say, as for the message bundles.
 */
final class Sight {

	private static final String KEY = "uniregion.sight";

	/**
	 * With {@code -Duniregion.test.sight.survey=FILE} the failures are appended to the file instead of failing the
	 * journey: a survey of every page at once, for fixing many labels in one pass. Never set in the build.
	 */
	private static final Path SURVEY = System.getProperty("uniregion.test.sight.survey") == null ? null
			: Path.of(System.getProperty("uniregion.test.sight.survey"));

	private static final String SCRIPT;

	static {
		try (InputStream in = Sight.class.getResourceAsStream("/journey/sight.js")) {
			SCRIPT = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final ChromeDriver driver;

	private final Set<String> pages = new LinkedHashSet<>();

	Sight(ChromeDriver driver) {
		this.driver = driver;
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
	}

	/** The pages checked so far, as "lang path". */
	Set<String> pages() {
		return this.pages;
	}

	/**
	 * Judges the reports of the pages and swaps since the last call; fails naming every offending text, field and
	 * region with the page and the element's path.
	 */
	void verify() {
		List<String> failures = new ArrayList<>();
		for (Map<String, Object> report : takeReports()) {
			String where = report.get("url") + " (" + report.get("lang") + ", " + report.get("reason") + ")";
			this.pages.add(report.get("lang") + " " + String.valueOf(report.get("url")).replaceAll("\\?.*", ""));
			failures.addAll(judge(report).stream().map(f -> where + ": " + f).toList());
		}
		if (!failures.isEmpty() && SURVEY != null) {
			try {
				Files.write(SURVEY, new LinkedHashSet<>(failures), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else if (!failures.isEmpty()) {
			throw new AssertionError("What a person sees is wrong:\n  " + String.join("\n  ", new LinkedHashSet<>(failures)));
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> takeReports() {
		try {
			Object reports = ((JavascriptExecutor) this.driver).executeScript("var k = arguments[0];"
					+ " var r = JSON.parse(sessionStorage.getItem(k) || '[]'); sessionStorage.removeItem(k); return r;", KEY);
			return reports == null ? List.of() : (List<Map<String, Object>>) reports;
		}
		catch (WebDriverException ex) {
			return List.of(); // a page without storage (about:blank) or one being replaced: read on the next call
		}
	}

	@SuppressWarnings("unchecked")
	static List<String> judge(Map<String, Object> report) {
		List<String> failures = new ArrayList<>();
		if (report.get("error") != null) {
			failures.add("the check failed in the page: " + report.get("error"));
		}
		String lang = String.valueOf(report.get("lang"));
		if (!lang.equals("en") && !lang.equals("zh-CN")) {
			failures.add("the page's language is \"" + lang + "\", neither en nor zh-CN");
		}
		for (Map<String, Object> t : (List<Map<String, Object>>) report.getOrDefault("texts", List.of())) {
			List<String> words = PageLanguage.foreignWords(lang, String.valueOf(t.get("text")),
					Boolean.TRUE.equals(t.get("hint")));
			if (!words.isEmpty()) {
				failures.add("words not in " + lang + " " + words + " in " + t.get("kind") + " \"" + t.get("text") + "\" at "
						+ t.get("path"));
			}
		}
		for (Map<String, Object> h : (List<Map<String, Object>>) report.getOrDefault("hidden", List.of())) {
			failures.add("a field that must be hidden is " + (Boolean.TRUE.equals(h.get("visible")) ? "visible" : "")
					+ (Boolean.TRUE.equals(h.get("visible")) && Boolean.TRUE.equals(h.get("tabbable")) ? " and " : "")
					+ (Boolean.TRUE.equals(h.get("tabbable")) ? "reachable by Tab" : "") + " at " + h.get("path")
					+ " (box " + h.get("rect") + ")");
		}
		for (Object d : (List<Object>) report.getOrDefault("duplicates", List.of())) {
			failures.add("rendered more than once: " + d);
		}
		return failures;
	}

}
