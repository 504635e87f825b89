package org.uniregion.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The PostgreSQL server process of a cluster, as its {@code postmaster.pid} names it, for the tests that crash it.
 */
final class Postmaster {

	private Postmaster() {
	}

	static long pid(Path cluster) throws IOException {
		return Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
	}

	/**
	 * Kills the postmaster with SIGKILL (no shutdown, no checkpoint, its server processes left to notice) and
	 * waits until it is gone.
	 */
	static void kill(Path cluster) throws IOException {
		ProcessHandle postmaster = ProcessHandle.of(pid(cluster)).orElseThrow();
		postmaster.destroyForcibly();
		await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive());
	}

}
