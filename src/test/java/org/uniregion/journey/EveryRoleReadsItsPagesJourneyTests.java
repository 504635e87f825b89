package org.uniregion.journey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role, in a real browser, walks every page its navigation offers, opens the first record of each list and its
 * form for a new record, in Chinese and in English. The browser checks what a person sees on each of them ({@link Sight}): labels in the
 * page's language, hidden fields hidden, every region once. The auditor, who only reads, sees no control that
 * changes a record.
 */
@IntegrationTest
class EveryRoleReadsItsPagesJourneyTests {

	/** Links to a record from a list page (the list's first row) or from a page's own panels. */
	private static final String RECORD_LINKS = "main a[href^='/results/'], main a[href^='/demands/'], main a[href^='/leads/'],"
			+ " main a[href^='/imports/'], main a[href^='/organizations/'], main a[href^='/agreements/'],"
			+ " main a[href^='/regions/'], main a[href^='/catalog/']";

	/** Controls that change a record: none is seen by a role that only reads. */
	private static final String WRITE_CONTROLS = "main form[method=post], main form[method=POST], main a[href$='/new'],"
			+ " main a[href$='/edit'], main [hx-post], main [hx-put], main [hx-delete]";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(TestUsers.class)
	void everyPageOfTheNavigationSpeaksThePagesLanguage(TestUsers user) throws Exception {
		assertThat(Browser.available()).as("Chromium and chromedriver installed").isTrue();
		try (Browser b = new Browser(this.port, "every-page-" + user.name().toLowerCase())) {
			if (user == TestUsers.ANONYMOUS) {
				b.open("/catalog");
			}
			else {
				b.logIn(user);
			}
			List<String> pages = new ArrayList<>(links(b, "nav.main-nav a[href^='/'], a#nav-tokens"));
			pages.removeIf(p -> p.startsWith("/swagger-ui"));
			pages.add(0, user == TestUsers.ANONYMOUS ? "/login" : "/");
			assertThat(pages).as(user + "'s navigation").hasSizeGreaterThan(2);
			for (String lang : List.of("zh-CN", "en")) {
				for (String page : pages) {
					b.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
					b.find(By.cssSelector("main"));
					assertReadOnly(b, user, page);
					List<String> more = new ArrayList<>();
					more.add(firstRecord(b, page));
					more.add(links(b, "main a[href='" + page + "/new']").stream().findFirst().orElse(null));
					for (String next : more) {
						if (next != null) {
							b.open(next);
							b.find(By.cssSelector("main h1"));
							assertReadOnly(b, user, next);
						}
					}
				}
				b.screenshot("last-page-" + lang);
			}
		}
	}

	/** The auditor reads everything and changes nothing (but its own API tokens): no control to change a record. */
	private static void assertReadOnly(Browser b, TestUsers user, String page) {
		if (user == TestUsers.AUDITOR && !page.startsWith("/me/tokens")) {
			assertThat(b.driver().findElements(By.cssSelector(WRITE_CONTROLS)).stream().filter(WebElement::isDisplayed)
				.map(e -> e.getTagName() + " " + e.getDomAttribute("action") + e.getDomAttribute("href")).toList())
				.as("controls that change records, seen by the auditor on " + page).isEmpty();
		}
	}

	/** The first link into a record of the same kind as the list page, if the page lists any. */
	private static String firstRecord(Browser b, String page) {
		if (page.equals("/")) {
			return null;
		}
		for (String href : links(b, RECORD_LINKS)) {
			if (href.startsWith(page + "/") && href.substring(page.length() + 1).matches("\\d+")) {
				return href;
			}
			if (page.equals("/catalog") && href.matches("/catalog/\\d+")) {
				return href;
			}
		}
		return null;
	}

	private static Set<String> links(Browser b, String css) {
		Set<String> hrefs = new LinkedHashSet<>();
		for (WebElement a : b.driver().findElements(By.cssSelector(css))) {
			String href = a.getDomAttribute("href");
			if (href != null) {
				hrefs.add(href);
			}
		}
		return hrefs;
	}

}
