package org.uniregion.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session against the web UI: form login, cookies, and the CSRF token of the session, so
 * that page tests can GET pages and POST forms as a user would (without a real browser).
 */
public final class WebSession {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private WebSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A session logged in as {@code user} (or not logged in, for {@link TestUsers#ANONYMOUS}). */
	public static WebSession as(TestUsers user, int port) {
		if (user == TestUsers.ANONYMOUS) {
			return new WebSession("http://localhost:" + port);
		}
		return login("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
	}

	/** A session at {@code base} (e.g. {@code http://localhost:8080}) logged in through the login form. */
	public static WebSession login(String base, String username, String password) {
		WebSession s = new WebSession(base);
		Page login = s.get("/login");
		Page result = s.postForm("/login", Map.of("username", username, "password", password), login.csrf());
		if (result.status() != 302 || result.location() == null || result.location().contains("error")) {
			throw new IllegalStateException("Login failed for " + username + ": " + result.status() + " " + result.location());
		}
		return s;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept-Language", "en").GET());
	}

	/** Posts a form with the session's CSRF token (taken from the home page if not given). */
	public Page postForm(String path, Map<String, String> fields) {
		return postForm(path, fields, csrf());
	}

	public Page postForm(String path, Map<String, String> fields, String csrf) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		String form = all.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> res = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(res.statusCode(), res.body(), res.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The value of a cookie of this session, or {@code null}. */
	public String cookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	/** The CSRF token of this session, as the layout publishes it. */
	public String csrf() {
		Page home = get("/login");
		return home.csrf();
	}

	public record Page(int status, String body, String location) {

		public String csrf() {
			Matcher m = CSRF_META.matcher(this.body);
			if (m.find()) {
				return m.group(1);
			}
			m = CSRF_INPUT.matcher(this.body);
			return m.find() ? m.group(1) : null;
		}

	}

}
