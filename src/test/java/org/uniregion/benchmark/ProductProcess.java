package org.uniregion.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product as the load test runs it: {@code java -jar} on a data directory, in its own process (its log in a
 * file, its process id in {@code pidFile} so that {@code load-test.sh} can stop it whatever happens to this JVM),
 * its health awaited, its memory read from {@code /proc}, and stopped as an operator stops it (SIGTERM, graceful).
 */
final class ProductProcess implements AutoCloseable {

	private final Process process;

	private final long startedAt;

	private final Path pidFile;

	private final String base;

	private ProductProcess(Process process, long startedAt, Path pidFile, String base) {
		this.process = process;
		this.startedAt = startedAt;
		this.pidFile = pidFile;
		this.base = base;
	}

	static ProductProcess start(Path jar, List<String> jvmOptions, List<String> arguments, int port, Path log,
			Path pidFile) throws IOException {
		return start(jar, null, jvmOptions, arguments, port, log, pidFile);
	}

	/**
	 * As {@link #start(Path, List, List, int, Path, Path)}, with the class-data-sharing archive {@code archive} when
	 * it is not null (the fast-start layout of {@code ./fast-start.sh}: {@code jar} is then its extracted jar).
	 */
	static ProductProcess start(Path jar, @org.jspecify.annotations.Nullable Path archive, List<String> jvmOptions,
			List<String> arguments, int port, Path log, Path pidFile) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		if (archive != null) {
			command.add("-XX:SharedArchiveFile=" + archive);
		}
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		command.addAll(arguments);
		return start(new ProcessBuilder(command), port, log, pidFile);
	}

	/**
	 * The fast-start layout's {@code uniregion.sh} (made by {@code ./fast-start.sh}), with {@code jvmOptions} as its
	 * {@code JAVA_OPTS}: it runs the Java the layout was made with, and its archive or ahead-of-time cache. It
	 * {@code exec}s the JVM, so the process is the product's JVM.
	 */
	static ProductProcess startScript(Path script, List<String> jvmOptions, List<String> arguments, int port, Path log,
			Path pidFile) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.add("--server.port=" + port);
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		// A blank JAVA_OPTS, not an empty one (which uniregion.sh replaces by its default): --jvm "" means none.
		builder.environment().put("JAVA_OPTS", jvmOptions.isEmpty() ? " " : String.join(" ", jvmOptions));
		return start(builder, port, log, pidFile);
	}

	private static ProductProcess start(ProcessBuilder builder, int port, Path log, Path pidFile) throws IOException {
		Files.createDirectories(log.getParent());
		long t0 = System.nanoTime();
		Process p = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Files.writeString(pidFile, Long.toString(p.pid()));
		ProductProcess product = new ProductProcess(p, t0, pidFile, "http://localhost:" + port);
		Runtime.getRuntime().addShutdownHook(new Thread(product::close));
		return product;
	}

	String base() {
		return this.base;
	}

	long pid() {
		return this.process.pid();
	}

	/** Waits until {@code /actuator/health} answers 200; the seconds since the process started. */
	double awaitHealthy(Duration timeout) throws Exception {
		HttpClient http = LoadDriver.httpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(this.base + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = this.startedAt + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The product stopped during its start (exit " + this.process.exitValue()
						+ "); see its log");
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - this.startedAt) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The product was not healthy within " + timeout.toSeconds() + " s; see its log");
	}

	/** Resident and peak resident memory of the product's JVM in MiB ({@code VmRSS}, {@code VmHWM}), or -1 each. */
	long[] memoryMiB() {
		long rss = -1;
		long hwm = -1;
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					rss = kib(line) / 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					hwm = kib(line) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// not Linux, or gone
		}
		return new long[] { rss, hwm };
	}

	private static long kib(String line) {
		return Long.parseLong(line.replaceAll("[^0-9]", ""));
	}

	/** Stops the product (SIGTERM: graceful shutdown, then its PostgreSQL), forcibly after 60 s; the seconds it took. */
	@Override
	public synchronized void close() {
		long t0 = System.nanoTime();
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// the script's trap removes it
		}
		this.stoppedIn = (System.nanoTime() - t0) / 1e9;
	}

	private volatile double stoppedIn;

	double stoppedIn() {
		return this.stoppedIn;
	}

}
