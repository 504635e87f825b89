package org.uniregion.platform;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API describes itself: OpenAPI 3 at /v3/api-docs, Swagger UI at /swagger-ui.html.
 */
@IntegrationTest
class ApiDocsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OpenApiWebMvcResource apiDocs;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every operation a controller maps under /api/ is in the document, with its method, and nothing else is. */
	@Test
	void theOpenApiDocumentDescribesEveryApiPath() {
		ApiClient.Response docs = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("openapi").asString()).startsWith("3.");
		Set<String> documented = new TreeSet<>();
		var paths = docs.json().get("paths");
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
			}
		}
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					mapped.add(method.name() + " " + path);
				}
			}
		}
		assertThat(mapped).as("API operations mapped").hasSizeGreaterThan(40).contains("POST /api/v1/me/tokens",
				"DELETE /api/v1/me/tokens/{id}", "GET /api/v1/search");
		assertThat(documented).as("operations in the OpenAPI document").containsExactlyInAnyOrderElementsOf(mapped);
	}

	@Test
	void swaggerUiIsServed() {
		ApiClient.Response ui = ApiClient.as(TestUsers.ANONYMOUS, this.port).send("GET", "/swagger-ui/index.html", null, "text/html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	/**
	 * springdoc computes (seconds) and caches one document per request locale; the API is described in English
	 * only, so whichever language the caller prefers, the document is computed once.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theDocumentIsComputedOnceWhateverTheCallersLanguage(CapturedOutput output) {
		ApiClient anonymous = ApiClient.as(TestUsers.ANONYMOUS, this.port);
		assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
		int computedBefore = timesComputed(output);
		for (String language : new String[] { "zh-CN", "zh-TW,zh;q=0.9", "en-GB", "fr" }) {
			ApiClient.Response docs = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/v3/api-docs"))
				.header("Accept-Language", language).GET());
			assertThat(docs.status()).isEqualTo(200);
		}
		assertThat(timesComputed(output)).as("documents computed after the first").isEqualTo(computedBefore);
		OpenAPIService service = (OpenAPIService) ReflectionTestUtils.getField(this.apiDocs, "openAPIService");
		assertThat(service.getCachedOpenAPI(Locale.SIMPLIFIED_CHINESE)).as("a document for Chinese").isNull();
		assertThat(service.getCachedOpenAPI(Locale.ENGLISH)).as("the one document").isNotNull();
	}

	private static int timesComputed(CapturedOutput output) {
		return output.getAll().split("Init duration for springdoc-openapi", -1).length - 1;
	}

}
