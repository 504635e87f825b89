package org.uniregion.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.StatementCounter;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

/**
 * What the HTML answer of a list or search costs against the API answer of the same query (not a test:
 * {@code ./mvnw -Pbenchmark test -Dtest=PageApiRatioBenchmark}), for each page/API pair: single requests, one after
 * the other, alternating between the page (as the office, logged in through the login form) and the API (the same
 * user, a bearer token), after a warm-up; the medians, their ratio, the sizes of the answers and the SQL statements
 * of one request of each side; then each pair again with {@value #CLIENTS} concurrent clients (requests per second).
 * Only the ratios of one run mean anything on a shared machine.
 */
@Tag("benchmark")
@IntegrationTest
class PageApiRatioBenchmark {

	private static final int WARMUP = 200;

	private static final int REQUESTS = 300;

	private static final int CLIENTS = 8;

	private static final int SECONDS = 5;

	@LocalServerPort
	int port;

	@Test
	void pagesAgainstTheirApi() throws IOException {
		WebSession web = WebSession.as(TestUsers.STAFF, this.port);
		ApiClient api = ApiClient.as(TestUsers.STAFF, this.port);
		StringBuilder report = new StringBuilder();
		String[][] pairs = { { "/demands", "/api/v1/demands?size=20" }, { "/results", "/api/v1/results?size=20" },
				{ "/search?q=sensor", "/api/v1/search?q=sensor" } };
		for (String[] pair : pairs) {
			report.append(compare(web, api, pair[0], pair[1])).append('\n');
		}
		for (String[] pair : pairs) {
			report.append(concurrently(web, api, pair[0], pair[1])).append('\n');
		}
		System.out.print(report);
		Files.writeString(Path.of("target", "page-api-ratio.txt"), report.toString());
	}

	private String compare(WebSession web, ApiClient api, String page, String query) {
		for (int i = 0; i < WARMUP; i++) {
			page(web, page, null);
			api(api, query, null);
		}
		long[] pageNanos = new long[REQUESTS];
		long[] apiNanos = new long[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			long t0 = System.nanoTime();
			page(web, page, null);
			long t1 = System.nanoTime();
			api(api, query, null);
			pageNanos[i] = t1 - t0;
			apiNanos[i] = System.nanoTime() - t1;
		}
		String pageRecording = UUID.randomUUID().toString();
		int pageBytes = page(web, page, pageRecording);
		int pageStatements = StatementCounter.take(pageRecording).size();
		String apiRecording = UUID.randomUUID().toString();
		int apiBytes = api(api, query, apiRecording);
		int apiStatements = StatementCounter.take(apiRecording).size();
		double pageMedian = median(pageNanos);
		double apiMedian = median(apiNanos);
		return String.format("%s: p50 %.2f ms, %d bytes, %d SQL statements | %s: p50 %.2f ms, %d bytes, %d SQL statements "
				+ "| ratio %.2f×", page, pageMedian / 1e6, pageBytes, pageStatements, query, apiMedian / 1e6, apiBytes,
				apiStatements, pageMedian / apiMedian);
	}

	/**
	 * The same pair under load: {@value #CLIENTS} clients, one request after the other each, sharing the session (as
	 * the load test's clients share its cookie) or the token; {@value #SECONDS} s each side, alternating twice.
	 */
	private String concurrently(WebSession web, ApiClient api, String page, String query) {
		double pages = 0;
		double answers = 0;
		for (int round = 0; round < 2; round++) {
			pages += perSecond(() -> page(web, page, null));
			answers += perSecond(() -> api(api, query, null));
		}
		return String.format("%d clients: %s %.1f req/s | %s %.1f req/s | ratio %.2f×", CLIENTS, page, pages / 2, query,
				answers / 2, answers / pages);
	}

	private static double perSecond(Runnable request) {
		java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
		long end = System.nanoTime() + SECONDS * 1_000_000_000L;
		Thread[] clients = new Thread[CLIENTS];
		for (int c = 0; c < CLIENTS; c++) {
			clients[c] = new Thread(() -> {
				while (System.nanoTime() < end) {
					request.run();
					done.incrementAndGet();
				}
			});
			clients[c].start();
		}
		for (Thread client : clients) {
			try {
				client.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return done.get() / (double) SECONDS;
	}

	/** Gets the page; its size in bytes (UTF-8). */
	private int page(WebSession web, String path, String recording) {
		WebSession.Page answer = web.send(request(path, "text/html", recording));
		return checked(path, answer.status(), answer.body().getBytes(StandardCharsets.UTF_8).length);
	}

	/** Gets the API answer; its size in bytes. */
	private int api(ApiClient api, String path, String recording) {
		ApiClient.Response answer = api.send(request(path, "application/json", recording));
		return checked(path, answer.status(), answer.bytes().length);
	}

	/** A GET in English, its statements recorded under {@code recording} unless that is {@code null}. */
	private HttpRequest.Builder request(String path, String accept, String recording) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.header("Accept-Language", "en")
			.GET();
		if (recording != null) {
			request.header(StatementCounter.HEADER, recording);
		}
		return request;
	}

	private static int checked(String path, int status, int bytes) {
		if (status != 200) {
			throw new IllegalStateException(path + ": " + status);
		}
		return bytes;
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
