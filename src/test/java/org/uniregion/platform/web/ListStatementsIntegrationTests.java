package org.uniregion.platform.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.StatementCounter;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import org.uniregion.support.Words;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists, in the API and as pages, cost no more SQL statements for many rows than for few: no statement per row
 * (N+1), at most the page, its count and one look-up of the names it shows. Counted on one request each ({@link StatementCounter}), with page size 5 and 50, once
 * the caches that any request fills (names of regions, classifications) are warm; signed in by session, so that
 * what is counted is the list and not its credentials.
 */
@IntegrationTest
class ListStatementsIntegrationTests {

	/** Rows each list needs at least, so that a page of 50 holds more rows than a page of 5. */
	private static final int ROWS = 12;

	@LocalServerPort
	int port;

	static List<Arguments> lists() {
		List<Arguments> all = new ArrayList<>();
		for (TestUsers user : List.of(TestUsers.STAFF, TestUsers.WUXI)) {
			for (String path : List.of("/api/v1/results", "/api/v1/demands", "/api/v1/regions", "/api/v1/organizations",
					"/api/v1/agreements", "/results", "/demands", "/regions", "/organizations", "/agreements")) {
				all.add(Arguments.of(user, path));
			}
		}
		return all;
	}

	/** What the lists need of the office's own making (the demo data may hold fewer). */
	@BeforeEach
	void enoughRows() {
		ApiClient office = ApiClient.as(TestUsers.STAFF, this.port);
		while (total(office, "/api/v1/organizations?region=320200") < ROWS) {
			created(office.post("/api/v1/organizations",
					Map.of("nameZh", "语句计数 " + Words.unique(), "type", "OTHER", "regionCode", "320200")));
		}
		while (total(office, "/api/v1/agreements?region=320200") < ROWS) {
			created(office.post("/api/v1/agreements", Map.of("title", "语句计数 " + Words.unique(), "regionCode", "320200",
					"areas", List.of("TALENT"))));
		}
		while (total(office, "/api/v1/demands?region=320200") < ROWS) {
			Map<String, Object> demand = new LinkedHashMap<>();
			demand.put("title", "语句计数 " + Words.unique());
			demand.put("text", "测试问题描述 statement count");
			demand.put("regionCode", "320200");
			demand.put("industryCode", "39");
			demand.put("deadline", LocalDate.now().plusDays(30).toString());
			demand.put("contactName", "测试联系人");
			demand.put("contactEmail", "test@example.com");
			created(office.post("/api/v1/demands", demand));
		}
	}

	private static long total(ApiClient client, String path) {
		ApiClient.Response r = client.get(path);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("page").get("totalElements").asLong();
	}

	private static void created(ApiClient.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("lists")
	void aListCostsNoMoreStatementsForFiftyRowsThanForFive(TestUsers user, String path) {
		WebSession session = WebSession.as(user, this.port);
		String big = path + "?size=50";
		String small = path + "?size=5";
		WebSession.Page warm = session.get(big);
		assertThat(warm.status()).as("%s: %s", big, warm.body()).isEqualTo(200);

		List<String> five = statements(session, small);
		List<String> fifty = statements(session, big);
		assertThat(rows(user, big)).as("%s holds more rows than a page of 5", big).isGreaterThan(5);
		// A page that is not full needs no count (Spring Data knows the total): 50 rows may cost one statement less.
		assertThat(fifty.size()).as("%s as %s: the statements for 50 rows %s (for 5 rows: %s)", path, user, fifty, five)
			.isLessThanOrEqualTo(five.size());
		assertThat(five.size()).as("%s as %s: the page, its count and one look-up of the names it shows: %s", path, user, five)
			.isLessThanOrEqualTo(3);
	}

	/** The SQL statements of one GET of {@code path}. */
	private List<String> statements(WebSession session, String path) {
		String name = UUID.randomUUID().toString();
		WebSession.Page page = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en")
			.header(StatementCounter.HEADER, name)
			.GET());
		assertThat(page.status()).as("%s: %s", path, page.body()).isEqualTo(200);
		return StatementCounter.take(name);
	}

	/** The rows of the list at {@code path} (a page shows those of its API list). */
	private int rows(TestUsers user, String path) {
		String api = path.startsWith("/api/") ? path : "/api/v1" + path;
		ApiClient.Response r = ApiClient.as(user, this.port).get(api);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("content").size();
	}

}
