package org.uniregion.platform.web;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the API answers bad input: field errors for unreadable bodies and parameters, in the caller's language;
 * user-facing "not found" details; enum parameters in either case; refused parameters and paging.
 */
@IntegrationTest
class ApiErrorAnswersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aMalformedBodyOrAnUnknownEnumValueNamesTheFieldInTheCallersLanguage() {
		ApiClient.Response malformed = staff().post("/api/v1/organizations", "{not json");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
		assertThat(error(malformed, "body")).isEqualTo("The request body is not valid JSON.");

		String unknownType = "{\"nameZh\":\"测试\",\"type\":\"SPACESHIP\",\"regionCode\":\"320200\"}";
		ApiClient.Response en = staff().post("/api/v1/organizations", unknownType);
		assertThat(en.status()).isEqualTo(400);
		assertThat(error(en, "type")).startsWith("Unknown value; allowed are: ").contains("ENTERPRISE", "GOVERNMENT_BODY");
		assertThat(en.body()).doesNotContain("tools.jackson", "Exception", "SaveOrganization");

		ApiClient.Response zh = staff().send(request("/api/v1/organizations", "zh-CN")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(unknownType)));
		assertThat(error(zh, "type")).startsWith("未知的取值").contains("ENTERPRISE");

		ApiClient.Response wrongType = staff().post("/api/v1/organizations",
				"{\"nameZh\":\"测试\",\"type\":\"OTHER\",\"regionCode\":\"320200\",\"version\":\"many\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(error(wrongType, "version")).isEqualTo("This value has the wrong type or format.");
	}

	@Test
	void notFoundNamesTheKindOfRecordInTheCallersLanguageAndTheIdAsGiven() {
		ApiClient.Response en = staff().get("/api/v1/results/999999");
		assertThat(en.status()).isEqualTo(404);
		assertThat(en.json().get("detail").asString())
			.isEqualTo("No research result with id 999999 was found, or you may not see it.");
		ApiClient.Response zh = staff().send(request("/api/v1/results/999999", "zh-CN").GET());
		assertThat(zh.json().get("detail").asString()).isEqualTo("未找到编号为 999999 的科技成果，或您无权查看。");
		ApiClient.Response job = staff().get("/api/v1/imports/1234567");
		assertThat(job.json().get("detail").asString()).isEqualTo("No import with id 1234567 was found, or you may not see it.");
		WebSession.Page page = WebSession.as(TestUsers.STAFF, this.port).get("/results/999999");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("No research result with id 999999").doesNotContain("research_result", "999,999");
	}

	/**
	 * A missing or hidden record is told from a path that names nothing by its problem type, in the API and on
	 * pages; the authorization matrix relies on it for its "hidden" rows.
	 */
	@Test
	void aRecordNotFoundHasItsOwnProblemTypeAndAnUnknownPathHasNot() {
		ApiClient.Response record = staff().get("/api/v1/results/999999");
		assertThat(record.json().path("type").asString()).isEqualTo("urn:uniregion:problem:record-not-found");
		ApiClient.Response path = staff().get("/api/v1/resultz/999999");
		assertThat(path.status()).isEqualTo(404);
		assertThat(path.json().path("type").asString()).isNotEqualTo("urn:uniregion:problem:record-not-found");

		WebSession session = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(session.get("/results/999999").body())
			.contains("data-problem-type=\"urn:uniregion:problem:record-not-found\"");
		WebSession.Page noPage = session.get("/resultz/999999");
		assertThat(noPage.status()).isEqualTo(404);
		assertThat(noPage.body()).doesNotContain("data-problem-type");
	}

	@Test
	void enumParametersAcceptEitherCaseAndUnknownOnesNameTheParameter() {
		ApiClient.Response lower = staff().send("GET", "/api/v1/imports/templates/results", null, "text/csv");
		assertThat(lower.status()).as("%s", lower).isEqualTo(200);
		assertThat(lower.header("Content-Disposition")).contains("results-template-en.csv");
		assertThat(staff().send("GET", "/api/v1/imports/templates/RESULTS", null, "text/csv").status()).isEqualTo(200);

		JsonNode upper = staff().get("/api/v1/agreements?status=IN_FORCE&size=100").json();
		JsonNode either = staff().get("/api/v1/agreements?status=in_force&size=100").json();
		assertThat(either.get("page").get("totalElements").asLong()).isEqualTo(upper.get("page").get("totalElements").asLong())
			.isPositive();

		assertThat(staff().get("/api/v1/search?kind=RESULTS&q=solar").status()).as("the search's kind too").isEqualTo(200);

		ApiClient.Response unknown = staff().get("/api/v1/agreements?status=sideways");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(error(unknown, "status")).contains("IN_FORCE", "DRAFT");
		ApiClient.Response badKind = staff().send("GET", "/api/v1/imports/templates/spaceships", null, "text/csv");
		assertThat(badKind.status()).isEqualTo(400);
	}

	@Test
	void parametersThatCannotBeDecodedAreRefusedWithAProblemNamingThem() {
		ApiClient.Response q = staff().get("/api/v1/results?q=%ff");
		assertThat(q.status()).isEqualTo(400);
		assertThat(q.header("Content-Type")).startsWith("application/problem+json");
		assertThat(error(q, "q")).isEqualTo("A request parameter is not valid percent-encoded UTF-8.");
		ApiClient.Response utf8 = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/api/v1/search?kind=results&q=%c3%28");
		assertThat(utf8.status()).isEqualTo(400);
		assertThat(error(utf8, "q")).contains("UTF-8");
		ApiClient.Response nul = staff().get("/api/v1/organizations?q=a%00b");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(error(nul, "q")).contains("NUL");

		WebSession web = WebSession.as(TestUsers.STAFF, this.port);
		WebSession.Page page = web.get("/results?q=%c3%28");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("not valid percent-encoded UTF-8").doesNotContain("Exception");
		assertThat(web.get("/organizations?q=a%00b").status()).isEqualTo(400);
	}

	@Test
	void aPageBeyondAnyListIsRefusedNotOverflowed() {
		for (String path : new String[] { "/api/v1/results?page=2147483647&size=2000", "/api/v1/search?kind=results&page=21474836&size=100",
				"/api/v1/demands?page=2147483647", "/api/v1/audit?page=2147483647&size=2000", "/api/v1/imports?page=1073741823&size=2" }) {
			ApiClient.Response r = ApiClient.as(TestUsers.ADMIN, this.port).get(path);
			assertThat(r.status()).as(path).isEqualTo(400);
			assertThat(error(r, "page")).as(path).isEqualTo("The page is out of range: page × size must be less than 1000000000.");
		}
		assertThat(staff().get("/api/v1/results?page=400000&size=20").status()).as("far, but representable: an empty page")
			.isEqualTo(200);
		WebSession.Page page = WebSession.as(TestUsers.STAFF, this.port).get("/results?page=2147483647");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("The page is out of range");
	}

	@Test
	void theTokenAnswerIsDocumentedAsItIs() {
		JsonNode docs = staff().get("/v3/api-docs").json();
		String description = docs.get("paths").get("/api/v1/me/tokens").get("post").get("description").asString();
		assertThat(description).contains("\"token\"", "\"secret\"", "urt_");
		String basic = java.util.Base64.getEncoder()
			.encodeToString(("staff:" + TestUsers.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ApiClient.Response created = ApiClient.as(TestUsers.ANONYMOUS, this.port).send(request("/api/v1/me/tokens", "en")
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"documented\"}")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("token", "secret");
		assertThat(body.get("token").propertyNames()).contains("id", "name", "createdAt");
	}

	private ApiClient staff() {
		return ApiClient.as(TestUsers.STAFF, this.port);
	}

	private HttpRequest.Builder request(String path, String language) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.header("Accept-Language", language);
	}

	/** The message of the field error for {@code field}; fails if the problem has none. */
	private static String error(ApiClient.Response r, String field) {
		JsonNode errors = r.json().get("errors");
		assertThat(errors).as("errors of %s", r).isNotNull();
		for (JsonNode e : errors) {
			if (field.equals(e.get("field").asString())) {
				return e.get("message").asString();
			}
		}
		throw new AssertionError("No error for " + field + " in " + r);
	}

}
