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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * UniRegion started as a real process (its own JVM, as a user starts it) on a given data directory, and the API
 * calls the tests make on it as the demo admin.
 */
final class UniRegionProcesses implements AutoCloseable {

	static final String PASSWORD = "process-test-password";

	private static final Pattern ID = Pattern.compile("\"token\":\\{\"id\":(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Process> started = new ArrayList<>();

	static Path freshDataDir(String name) {
		return Path.of(System.getProperty("uniregion.data-dir", "target/test-data/" + name))
			.resolveSibling(name + "-" + System.nanoTime())
			.toAbsolutePath();
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	Process start(Path dataDir, int port, String logName) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Files.createDirectories(dataDir);
		File log = dataDir.resolve(logName).toFile();
		Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"org.uniregion.UniRegionApplication", "--server.port=" + port, "--uniregion.data-dir=" + dataDir,
				"--uniregion.demo.password=" + PASSWORD, "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		this.started.add(p);
		return p;
	}

	void awaitUp(int port, Process process) {
		// Generous: a first start loads the demo catalog, and these machines are shared.
		await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("UniRegion exited with " + process.exitValue());
			}
			try {
				return isUp(port);
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	boolean isUp(int port) throws IOException, InterruptedException {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
		return r.statusCode() == 200 && r.body().contains("UP");
	}

	/** The id of the created token, or {@code null} if the write was not acknowledged. */
	Long createToken(int port, String name) {
		try {
			HttpResponse<String> r = postToken(port, name, Duration.ofSeconds(20));
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

	/** Creates a token and answers the whole response, however long the server takes to answer. */
	HttpResponse<String> postToken(int port, String name, Duration timeout) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
			.timeout(timeout)
			.header("Authorization", basic())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The HTTP status of {@code /actuator/health}. */
	int healthStatus(int port) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * A superuser's connection to the embedded PostgreSQL of a running UniRegion, from the port and password it
	 * keeps in its data directory.
	 */
	static Connection superuser(Path dataDir) throws IOException, SQLException {
		Path home = dataDir.resolve("postgres");
		String port = Files.readString(home.resolve("port")).trim();
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
				Files.readString(home.resolve("superuser.password")).trim());
	}

	static Path cluster(Path dataDir) {
		return dataDir.resolve("postgres/pgdata");
	}

	/** The ids of the demo admin's tokens. */
	Set<Long> tokenIds(int port) throws IOException, InterruptedException {
		Set<Long> ids = new HashSet<>();
		Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(get(port, "/api/v1/me/tokens"));
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	String get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
		return r.body();
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** Stops every process started (SIGTERM, so that each stops its PostgreSQL) and waits for them. */
	@Override
	public void close() {
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

}
