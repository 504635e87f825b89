package org.uniregion.bulk;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.uniregion.support.ApiClient;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/** Multipart uploads to the import API, and waiting for a job's background work. */
final class Uploads {

	private Uploads() {
	}

	static ApiClient.Response upload(ApiClient client, String kind, String fileName, byte[] content, String encoding) {
		String boundary = "----bulk" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String query = "?kind=" + kind + (encoding == null ? "" : "&encoding=" + encoding);
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(client.base() + "/api/v1/imports" + query))
			.timeout(Duration.ofSeconds(120))
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return client.send(b);
	}

	/** The job once its dry run or commit has ended (whatever the outcome). */
	static JsonNode awaitDone(ApiClient client, String location) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = client.get(location).json();
			String s = last[0].path("status").asString();
			return !s.equals("UPLOADED") && !s.equals("VALIDATING") && !s.equals("IMPORTING");
		});
		return last[0];
	}

}
