package org.uniregion.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends malformed parameters to every list and search endpoint, API and pages, as staff and anonymously, over a
 * raw socket (so that even what no HTTP client would send arrives as written): bad percent-encoding and UTF-8,
 * overlong values, Lucene syntax, control characters, absurd paging, unknown sorts, enum values and dates. None
 * may answer 5xx, and none may write a stack trace to the log. (About 800 requests: one to three minutes on the shared 2-core machine.)
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputFuzzIntegrationTests {

	/** Values for free-text parameters, already as they go on the wire (percent-encoded or deliberately not). */
	static final List<String> TEXT = List.of("%ff", "%c3%28", "%e4%b8", "%", "%zz", "%ed%a0%80", "%c0%af", "a%00b",
			"%0d%0a%01%1b", "%22unclosed+((", "a~", "x".repeat(600), "%e4%b8%ad".repeat(400), "'%3b--<script>");

	/** Query syntax the search engine must not trip over: sent to the searching endpoints only. */
	static final List<String> QUERY_SYNTAX = List.of("a~2", "abc~", "abc~0.5", "a~-1", ")))", "*", "?", "%5c", "%5c%5c",
			"AND", "OR+NOT", "%2b-", "a%5e-2", "a%5e", "title%3a", "%5b1+TO", "%7b%7d", "%2fregex", "a+%26%26+%7c%7c+!",
			"*%3a*");

	static final List<String> PAGING = List.of("page=-1", "page=2147483647", "page=99999999999999999999",
			"page=21474836&size=100", "page=2147483647&size=2000", "page=1073741823&size=2", "size=-5", "size=2147483648",
			"page=abc&size=1e9", "page=%ff&size=0x10");

	static final List<String> SORTS = List.of("nosuchfield,desc", "title,sideways", "class.name", "x".repeat(300));

	static final List<String> ENUMS = List.of("NOSUCHVALUE", "%ff", "results");

	static final List<String> DATES = List.of("2026-13-45", "yesterday", "99999-01-01");

	record Target(String path, List<String> enums, List<String> dates) {
	}

	static final List<Target> API = List.of(new Target("/api/v1/search?kind=results", List.of("kind"), List.of()),
			new Target("/api/v1/search?kind=demands", List.of("status"), List.of()),
			new Target("/api/v1/results", List.of("type", "visibility", "transferMode", "trl"), List.of()),
			new Target("/api/v1/demands", List.of("status", "source"), List.of()),
			new Target("/api/v1/regions", List.of("level", "zone"), List.of()),
			new Target("/api/v1/organizations", List.of("type"), List.of()),
			new Target("/api/v1/agreements", List.of("status", "area", "organization", "expiringWithinDays"), List.of()),
			new Target("/api/v1/leads", List.of("status"), List.of()), new Target("/api/v1/imports", List.of(), List.of()),
			new Target("/api/v1/audit", List.of("action", "entityType"), List.of("from", "to")),
			new Target("/api/v1/catalog/results", List.of("type", "transferMode"), List.of()),
			new Target("/api/v1/classifications/industries", List.of("level"), List.of()),
			new Target("/api/v1/classifications/ipc", List.of("level", "section"), List.of()));

	static final List<Target> PAGES = List.of(new Target("/search?kind=results", List.of("kind"), List.of()),
			new Target("/results", List.of("type", "visibility"), List.of()),
			new Target("/demands", List.of("status", "source"), List.of()),
			new Target("/demands/moderation", List.of(), List.of()),
			new Target("/regions", List.of("level", "zone"), List.of()),
			new Target("/organizations", List.of("type"), List.of()),
			new Target("/agreements", List.of("status", "area"), List.of()), new Target("/leads", List.of("status"), List.of()),
			new Target("/imports", List.of(), List.of()),
			new Target("/audit", List.of("action"), List.of("from", "to")),
			new Target("/catalog", List.of("type"), List.of()),
			new Target("/classifications", List.of("kind", "level"), List.of()));

	static final List<String> PUBLIC = List.of("/api/v1/search?kind=results", "/api/v1/catalog/results", "/api/v1/regions",
			"/api/v1/classifications/ipc", "/catalog", "/regions", "/classifications");

	@LocalServerPort
	int port;

	@Test
	void noMalformedParameterIsAnsweredWithAServerError(CapturedOutput output) {
		String bearer = "Bearer " + secret(TestUsers.ADMIN);
		WebSession staff = WebSession.as(TestUsers.ADMIN, this.port);
		String cookie = "JSESSIONID=" + staff.cookie("JSESSIONID");
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Target t : API) {
			sent += probe(t, Map.of("Authorization", bearer), failures);
		}
		for (Target t : PAGES) {
			sent += probe(t, Map.of("Cookie", cookie), failures);
		}
		for (String path : PUBLIC) {
			for (String v : TEXT) {
				sent++;
				check(path + sep(path) + "q=" + v, Map.of(), failures);
			}
			for (String paging : PAGING) {
				sent++;
				check(path + sep(path) + paging, Map.of(), failures);
			}
		}
		assertThat(sent).isGreaterThan(700);
		SoftAssertions.assertSoftly(soft -> {
			soft.assertThat(failures).as("requests answered 5xx").isEmpty();
			String log = output.getAll();
			List<String> logged = log.lines().filter(l -> l.contains(" ERROR ") || l.startsWith("Caused by")).limit(20).toList();
			soft.assertThat(log.contains("\n\tat ")).as("a stack trace in the log; errors logged: %s", logged).isFalse();
		});
	}

	private int probe(Target t, Map<String, String> headers, List<String> failures) {
		int n = 0;
		String base = t.path() + sep(t.path());
		for (String v : TEXT) {
			check(base + "q=" + v, headers, failures);
			n++;
		}
		if (t.path().contains("search") || t.path().contains("catalog")) {
			for (String v : QUERY_SYNTAX) {
				check(base + "q=" + v, headers, failures);
				n++;
			}
		}
		for (String paging : PAGING) {
			check(base + paging, headers, failures);
			n++;
		}
		for (String sort : SORTS) {
			check(base + "sort=" + sort, headers, failures);
			n++;
		}
		for (String name : t.enums()) {
			for (String v : ENUMS) {
				check(base + name + "=" + v, headers, failures);
				n++;
			}
		}
		for (String name : t.dates()) {
			for (String v : DATES) {
				check(base + name + "=" + v, headers, failures);
				n++;
			}
		}
		return n;
	}

	private static String sep(String path) {
		return path.contains("?") ? "&" : "?";
	}

	private void check(String target, Map<String, String> headers, List<String> failures) {
		int status = send(target, headers);
		if (status >= 500) {
			failures.add(status + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target));
		}
	}

	/** One request over a fresh connection, the target exactly as given; answers the status. */
	private int send(String target, Map<String, String> headers) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
				.append("Host: localhost:").append(this.port).append("\r\n")
				.append("Accept-Language: en\r\nConnection: close\r\n");
			if (target.startsWith("/api/")) {
				request.append("Accept: application/json\r\n");
			}
			headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String head = answer.toString(StandardCharsets.ISO_8859_1);
			if (!head.startsWith("HTTP/1.1 ")) {
				throw new IllegalStateException("No HTTP answer to " + target + ": " + head);
			}
			return Integer.parseInt(head.substring(9, 12));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + target, ex);
		}
	}

	/** A personal access token, obtained the way a script does (HTTP Basic). */
	private String secret(TestUsers user) {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		ApiClient.Response created = ApiClient.as(TestUsers.ANONYMOUS, this.port)
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/v1/me/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"fuzz\"}")));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("secret").asString();
	}

}
