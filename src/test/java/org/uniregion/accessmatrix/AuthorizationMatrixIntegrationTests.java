package org.uniregion.accessmatrix;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.uniregion.shared.NotFoundException;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every row of every capability, requested by every user, must be allowed,
 * denied or hidden exactly as its row says; and every endpoint and page of the application must have a row.
 * Capabilities add rows by implementing {@link AccessMatrixRows} in their test package.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<TestUsers, WebSession> sessions = new EnumMap<>(TestUsers.class);

	@TestFactory
	Stream<DynamicTest> everyRowWithEveryUser() {
		MatrixContext ctx = new MatrixContext(this.jdbc, this.port);
		List<DynamicTest> tests = new ArrayList<>();
		for (AccessRow row : allRows(ctx)) {
			for (TestUsers user : TestUsers.values()) {
				tests.add(DynamicTest.dynamicTest(row + " as " + user, () -> run(row, user)));
			}
		}
		return tests.stream();
	}

	@Test
	void everyEndpointAndPageHasARow() {
		Set<String> covered = new TreeSet<>();
		for (AccessRow row : allRows(new MatrixContext(this.jdbc, this.port))) {
			covered.add(row.method() + " " + row.pattern());
		}
		Set<String> missing = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : this.mappings.getHandlerMethods().entrySet()) {
			String type = e.getValue().getBeanType().getName();
			if (!type.startsWith("org.uniregion")) {
				continue; // Spring's own (error, Swagger UI, API docs)
			}
			Set<String> patterns = e.getKey().getPatternValues();
			if (patterns.contains("/error")) {
				continue; // the error page answers whatever failed, in the failed request's own terms
			}
			var methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (methods.isEmpty()) {
					missing.add("ANY " + pattern + " (declare the HTTP method)");
				}
				methods.forEach(m -> {
					if (!covered.contains(m.name() + " " + pattern)) {
						missing.add(m.name() + " " + pattern);
					}
				});
			}
		}
		assertThat(missing).as("endpoints and pages without a row in the authorization matrix").isEmpty();
	}

	/**
	 * A row is bound to the mapping it names: that mapping exists (method and pattern), and the path the row
	 * requests, for every user, matches its pattern — so a typo in a row's path cannot pass for a hidden record.
	 */
	@Test
	void everyRowRequestsTheMappingItNames() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + p))));
		Set<String> loose = new TreeSet<>();
		for (AccessRow row : allRows(new MatrixContext(this.jdbc, this.port))) {
			if (!mapped.contains(row.method() + " " + row.pattern())) {
				loose.add(row + ": no such mapping");
				continue;
			}
			PathPattern pattern = PathPatternParser.defaultInstance.parse(row.pattern());
			for (TestUsers user : TestUsers.values()) {
				String path = row.path(user);
				int query = path.indexOf('?');
				String bare = query < 0 ? path : path.substring(0, query);
				if (!pattern.matches(PathContainer.parsePath(bare))) {
					loose.add(row + ": as " + user + " requests " + path);
				}
			}
		}
		assertThat(loose).as("matrix rows whose path is not their mapping's").isEmpty();
	}

	@Test
	void restControllersLiveUnderTheApiPrefix() {
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().isAnnotationPresent(RestController.class)
					&& handler.getBeanType().getName().startsWith("org.uniregion")) {
				assertThat(info.getPatternValues()).allMatch(p -> p.startsWith("/api/v1/"));
			}
		});
	}

	private void run(AccessRow row, TestUsers user) {
		Expect expected = row.expectation(user);
		ApiClient.Response response;
		if (row.kind() == AccessRow.Kind.API) {
			response = ApiClient.as(user, this.port).send(row.method(), row.path(user), row.body(user), "application/json");
		}
		else {
			response = page(row, user);
		}
		String what = row + " (" + row.path(user) + ") as " + user + " answered " + response.status() + " "
				+ abbreviate(response.body());
		switch (expected) {
			case ALLOW -> {
				assertThat(response.status()).as(what).isBetween(200, 399);
				if (row.kind() == AccessRow.Kind.PAGE && response.status() >= 300) {
					assertThat(response.header("Location")).as(what).doesNotContain("/login");
				}
				row.check().accept(user, response);
			}
			case DENY -> {
				if (row.kind() == AccessRow.Kind.PAGE && user == TestUsers.ANONYMOUS) {
					assertThat(response.status()).as(what).isEqualTo(302);
					assertThat(response.header("Location")).as(what).contains("/login");
				}
				else {
					assertThat(response.status()).as(what).isIn(401, 403);
				}
			}
			case HIDDEN -> {
				// The 404 of a record the caller may not see (or that does not exist), not that of a path
				// that names nothing: a typo in a row's path must not pass for a hidden record.
				assertThat(response.status()).as(what).isEqualTo(404);
				if (row.kind() == AccessRow.Kind.API) {
					assertThat(response.json().path("type").asString()).as(what).isEqualTo(NotFoundException.TYPE.toString());
				}
				else {
					assertThat(response.body()).as(what).contains("data-problem-type=\"" + NotFoundException.TYPE + "\"");
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private ApiClient.Response page(AccessRow row, TestUsers user) {
		WebSession session = this.sessions.computeIfAbsent(user, u -> WebSession.as(u, this.port));
		WebSession.Page page;
		if ("GET".equals(row.method())) {
			page = session.get(row.path(user));
		}
		else if ("POST".equals(row.method())) {
			Object body = row.body(user);
			page = session.postForm(row.path(user), body == null ? Map.of() : (Map<String, String>) body);
		}
		else {
			page = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + row.path(user)))
				.method(row.method(), HttpRequest.BodyPublishers.noBody())
				.header("X-CSRF-TOKEN", session.csrf()));
		}
		Map<String, List<String>> headers = page.location() == null ? Map.of() : Map.of("Location", List.of(page.location()));
		return new ApiClient.Response(page.status(), page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
	}

	private static List<AccessRow> allRows(MatrixContext ctx) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(AccessMatrixRows.class));
		List<AccessRow> rows = new ArrayList<>();
		scanner.findCandidateComponents("org.uniregion").stream()
			.map(bd -> bd.getBeanClassName())
			.sorted()
			.forEach(name -> {
				try {
					AccessMatrixRows source = (AccessMatrixRows) Class.forName(name).getDeclaredConstructor().newInstance();
					rows.addAll(source.rows(ctx));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Cannot instantiate " + name, ex);
				}
			});
		return rows;
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

}
