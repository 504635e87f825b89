package org.uniregion.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files are served under their own paths only: every page's style sheet, scripts and icon are there (the
 * htmx webjar by its version), a missing file is 404, and an address that is neither a page nor a file is answered
 * as before, by the error page or problem. A page's other links are not looked for as files.
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	private static final Pattern VERSIONED_HTMX = Pattern.compile("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");

	private static final Pattern LINK = Pattern.compile("(?:href|src|action|hx-get|hx-post)=\"(/[^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void everyPageLinksItsStyleScriptsAndIconWhichAreServed() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		ApiClient anonymous = ApiClient.as(TestUsers.ANONYMOUS, this.port);
		for (String path : List.of("/", "/results", "/demands", "/regions", "/organizations", "/agreements", "/search")) {
			WebSession.Page page = staff.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			List<String> assets = all(ASSET, page.body());
			assertThat(assets).as(path).contains("/css/app.css", "/js/app.js", "/img/favicon.svg")
				.anyMatch(VERSIONED_HTMX.asMatchPredicate());
			for (String asset : assets) {
				ApiClient.Response r = anonymous.send("GET", asset, null, "*/*");
				assertThat(r.status()).as("%s on %s", asset, path).isEqualTo(200);
				assertThat(r.header("Content-Type")).as(asset).matches("(text/css|text/javascript|application/javascript|image/svg\\+xml).*");
				assertThat(r.header("Last-Modified")).as(asset).isNotNull();
				assertThat(r.body()).as(asset).isNotBlank();
			}
		}
		WebSession.Page login = WebSession.as(TestUsers.ANONYMOUS, this.port).get("/login");
		assertThat(all(ASSET, login.body())).contains("/css/app.css").anyMatch(VERSIONED_HTMX.asMatchPredicate());
		assertThat(anonymous.send("GET", "/webjars/htmx.org/dist/htmx.min.js", null, "*/*").status())
			.as("the webjar without its version, as before").isEqualTo(200);
	}

	@Test
	void aMissingStaticFileIsNotFound() {
		ApiClient anonymous = ApiClient.as(TestUsers.ANONYMOUS, this.port);
		for (String missing : List.of("/css/nope.css", "/js/nope.js", "/img/nope.svg", "/webjars/htmx.org/nope.js",
				"/webjars/nope/1.0/nope.js")) {
			assertThat(anonymous.send("GET", missing, null, "*/*").status()).as(missing).isEqualTo(404);
		}
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		for (String elsewhere : List.of("/application.properties", "/static/css/app.css", "/css/../application.properties",
				"/js/%2e%2e/application.properties", "/META-INF/resources/webjars/htmx.org/2.0.8/dist/htmx.min.js")) {
			WebSession.Page r = staff.get(elsewhere);
			assertThat(r.status()).as("nothing else on the classpath is served: %s", elsewhere).isIn(400, 404);
			assertThat(r.body()).as(elsewhere).doesNotContain("spring.application.name");
		}
	}

	@Test
	void anAddressThatIsNeitherPageNorFileIsTheProductsNotFound() {
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		WebSession.Page page = staff.get("/no-such-page/at-all");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/css/app.css\">", "class=\"narrow\"");
		ApiClient.Response api = ApiClient.as(TestUsers.STAFF, this.port).get("/api/v1/no-such-list");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.json().get("status").asInt()).isEqualTo(404);
		ApiClient.Response deleted = ApiClient.as(TestUsers.STAFF, this.port).send("DELETE", "/api/v1/no-such-list", null,
				"application/json");
		assertThat(deleted.status()).as("whatever the method").isEqualTo(404);
	}

	/**
	 * A page's links to other pages are not looked up as static files (before, every link was probed in five places
	 * on the classpath, and a miss was not remembered); only links under the static paths are.
	 */
	@Test
	void onlyLinksUnderTheStaticPathsAreLookedUpAsFiles() {
		assertThat(this.resourceUrls.getHandlerMap().keySet()).as("no handler takes every path").doesNotContain("/**")
			.containsAll(WebConfiguration.STATIC_PATHS.keySet());
		String body = WebSession.as(TestUsers.STAFF, this.port).get("/results").body();
		List<String> links = all(LINK, body);
		List<String> lookedUp = links.stream()
			.filter(l -> this.resourceUrls.getHandlerMap().keySet().stream()
				.anyMatch(p -> this.resourceUrls.getPathMatcher().match(p, l.replaceFirst("[?#].*", ""))))
			.toList();
		assertThat(lookedUp).as("of %s links", links.size()).containsExactlyInAnyOrderElementsOf(all(ASSET, body));
		assertThat(links.size()).isGreaterThan(lookedUp.size() * 5);
	}

	private static List<String> all(Pattern pattern, String body) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(body);
		while (m.find()) {
			found.add(m.group(1).replace("&amp;", "&"));
		}
		return found;
	}

}
