package org.uniregion.platform.db;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the JVM with SIGKILL in the middle of a stream of writes, starts UniRegion again on the same data
 * directory, and proves that every write the API had acknowledged is still there. The restart also proves
 * the recovery from the orphaned PostgreSQL that the killed JVM leaves behind.
 */
class DurabilityIntegrationTests {

	private static final String PASSWORD = "durability-test-password";

	private static final Pattern ID = Pattern.compile("\"token\":\\{\"id\":(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopAll() {
		for (Process p : this.started) {
			p.destroy();
		}
		for (Process p : this.started) {
			try {
				p.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKilledJvm() throws Exception {
		Path dataDir = Path.of(System.getProperty("uniregion.data-dir", "target/test-data/durability"))
			.resolveSibling("durability-" + System.nanoTime());
		int port = freePort();

		Process first = start(dataDir, port, "first.log");
		awaitUp(port, first);

		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < 3; w++) {
			int writer = w;
			Thread t = new Thread(() -> {
				int i = 0;
				while (!stop.get()) {
					Long id = createToken(port, "durability-" + writer + "-" + i++);
					if (id != null) {
						acknowledged.add(id);
					}
				}
			});
			t.start();
			writers.add(t);
		}
		await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= 60);

		first.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is orphaned
		first.waitFor();
		stop.set(true);
		for (Thread t : writers) {
			t.join();
		}
		assertThat(Files.exists(dataDir.resolve("postgres/pgdata/postmaster.pid")))
			.as("the killed JVM left its PostgreSQL behind").isTrue();

		Process second = start(dataDir, port, "second.log");
		awaitUp(port, second);

		assertThat(Files.readString(dataDir.resolve("second.log")))
			.as("the restart found and stopped the orphaned PostgreSQL").contains("Found an orphaned PostgreSQL");

		String list = get(port, "/api/v1/me/tokens");
		Set<Long> present = ConcurrentHashMap.newKeySet();
		Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(list);
		while (m.find()) {
			present.add(Long.parseLong(m.group(1)));
		}
		assertThat(present).as("tokens present after the restart").containsAll(acknowledged);
		System.out.printf("durability: %d acknowledged writes before SIGKILL, all %d present after restart%n",
				acknowledged.size(), acknowledged.size());
	}

	private Process start(Path dataDir, int port, String logName) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Files.createDirectories(dataDir);
		File log = dataDir.resolve(logName).toFile();
		Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"org.uniregion.UniRegionApplication", "--server.port=" + port, "--uniregion.data-dir=" + dataDir,
				"--uniregion.demo.password=" + PASSWORD, "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		this.started.add(p);
		return p;
	}

	private void awaitUp(int port, Process process) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("UniRegion exited with " + process.exitValue());
			}
			try {
				HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				return r.statusCode() == 200 && r.body().contains("UP");
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/** The id of the created token, or {@code null} if the write was not acknowledged. */
	private Long createToken(int port, String name) {
		try {
			HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
				.timeout(Duration.ofSeconds(20))
				.header("Authorization", basic())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 201) {
				return null;
			}
			Matcher m = ID.matcher(r.body());
			return m.find() ? Long.parseLong(m.group(1)) : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private String get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		return r.body();
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

}
