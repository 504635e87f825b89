package org.uniregion.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running application's REST API as one of the demo users, with a personal access token
 * obtained once per user through {@code POST /api/v1/me/tokens} (HTTP Basic), exactly as a script would.
 */
public final class ApiClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Per server (base address) and user: each application run issues its own tokens. */
	private static final Map<String, String> tokens = new java.util.HashMap<>();

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final TestUsers user;

	private ApiClient(String base, TestUsers user) {
		this.base = base;
		this.user = user;
	}

	public static ApiClient as(TestUsers user, int port) {
		return new ApiClient("http://localhost:" + port, user);
	}

	public Response get(String path) {
		return send("GET", path, null, "application/json");
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, "application/json");
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, "application/json");
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body, "application/json");
	}

	public Response delete(String path) {
		return send("DELETE", path, null, "application/json");
	}

	/** Sends a request; {@code body} is a JSON string, an object to serialize, or {@code null}. */
	public Response send(String method, String path, Object body, String accept) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", accept)
			.header("Accept-Language", "en");
		if (this.user != TestUsers.ANONYMOUS) {
			b.header("Authorization", "Bearer " + token());
		}
		if (body == null) {
			b.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			String text = body instanceof String s ? s : json.writeValueAsString(body);
			b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		return execute(b.build());
	}

	/** Sends a prepared request as this user (adds the token). */
	public Response send(HttpRequest.Builder request) {
		if (this.user != TestUsers.ANONYMOUS) {
			request.header("Authorization", "Bearer " + token());
		}
		return execute(request.build());
	}

	public String base() {
		return this.base;
	}

	private String token() {
		synchronized (tokens) {
			TestUsers u = this.user;
			return tokens.computeIfAbsent(this.base + " " + u, key -> {
				String basic = Base64.getEncoder()
					.encodeToString((u.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
				HttpRequest r = HttpRequest.newBuilder(URI.create(this.base + "/api/v1/me/tokens"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tests\"}"))
					.build();
				Response res = execute(r);
				if (res.status() != 201) {
					throw new IllegalStateException("Could not get a token for " + u + ": " + res.status() + " " + res.body());
				}
				return res.json().get("secret").asString();
			});
		}
	}

	/** Tokens belong to one application run; a test that restarts the application forgets them. */
	public static void forgetTokens() {
		synchronized (tokens) {
			tokens.clear();
		}
	}

	private static Response execute(HttpRequest request) {
		try {
			HttpResponse<byte[]> res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(res.statusCode(), res.body(), res.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, byte[] bytes, Map<String, java.util.List<String>> headers) {

		public String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return json.readTree(this.bytes);
		}

		public String header(String name) {
			return this.headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.findFirst().map(e -> e.getValue().get(0)).orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + body();
		}

	}

}
