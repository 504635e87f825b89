package org.uniregion.accessmatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rows need to name concrete records (the database, to look up demo records by name, and the port), and
 * to read a whole answer, every page of it, as a user.
 */
public record MatrixContext(JdbcTemplate jdbc, int port) {

	private static final Pattern NEXT = Pattern.compile("<a[^>]*href=\"([^\"]*)\"[^>]*rel=\"next\"|<a[^>]*rel=\"next\"[^>]*href=\"([^\"]*)\"");

	private static final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

	/** The single long that {@code sql} selects, e.g. the id of a demo record found by its name. */
	public long id(String sql, Object... args) {
		Long id = this.jdbc.queryForObject(sql, Long.class, args);
		if (id == null) {
			throw new IllegalStateException("No id for " + sql);
		}
		return id;
	}

	/**
	 * Every page of a Spring Data page of JSON ({@code content} and {@code page.totalPages}), read as
	 * {@code user} from {@code path} (which has no {@code page} parameter), joined as text: the bodies of all
	 * pages, one per line.
	 */
	public String allApiPages(TestUsers user, String path) {
		ApiClient api = ApiClient.as(user, this.port);
		StringBuilder all = new StringBuilder();
		String sep = path.contains("?") ? "&" : "?";
		int pages = 1;
		for (int page = 0; page < pages; page++) {
			ApiClient.Response r = api.get(path + sep + "page=" + page);
			assertThat(r.status()).as(path + " page " + page + " as " + user + ": " + r.body()).isEqualTo(200);
			JsonNode json = r.json();
			pages = json.path("page").path("totalPages").asInt(1);
			all.append(r.body()).append('\n');
		}
		return all.toString();
	}

	/**
	 * Every page of an HTML list, read as {@code user} in a logged-in session from {@code path}, following
	 * the pager's {@code rel="next"} link to the end; the bodies joined.
	 */
	public String allHtmlPages(TestUsers user, String path) {
		WebSession session = sessions.computeIfAbsent(user + "@" + this.port, k -> WebSession.as(user, this.port));
		StringBuilder all = new StringBuilder();
		List<String> seen = new ArrayList<>();
		String next = path;
		while (next != null) {
			assertThat(seen).as("the pager of " + path + " loops").doesNotContain(next);
			seen.add(next);
			WebSession.Page page = session.get(next);
			assertThat(page.status()).as(next + " as " + user).isEqualTo(200);
			all.append(page.body()).append('\n');
			next = next(page.body());
		}
		return all.toString();
	}

	private static String next(String html) {
		Matcher m = NEXT.matcher(html);
		if (!m.find()) {
			return null;
		}
		return HtmlUtils.htmlUnescape(m.group(1) != null ? m.group(1) : m.group(2));
	}

}
