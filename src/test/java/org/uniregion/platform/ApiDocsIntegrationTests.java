package org.uniregion.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
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

	@Test
	void theOpenApiDocumentDescribesEveryApiPath() {
		ApiClient.Response docs = ApiClient.as(TestUsers.ANONYMOUS, this.port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("openapi").asString()).startsWith("3.");
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/me/tokens", "/api/v1/me/tokens/{id}")
			.allMatch(p -> p.startsWith("/api/v1/"));
	}

	@Test
	void swaggerUiIsServed() {
		ApiClient.Response ui = ApiClient.as(TestUsers.ANONYMOUS, this.port).send("GET", "/swagger-ui/index.html", null, "text/html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

}
