package org.uniregion.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

	private final UniRegionProcesses processes = new UniRegionProcesses();

	@AfterEach
	void stopAll() {
		this.processes.close();
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKilledJvm() throws Exception {
		Path dataDir = UniRegionProcesses.freshDataDir("durability");
		int port = UniRegionProcesses.freePort();

		Process first = this.processes.start(dataDir, port, "first.log");
		this.processes.awaitUp(port, first);

		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < 3; w++) {
			int writer = w;
			Thread t = new Thread(() -> {
				int i = 0;
				while (!stop.get()) {
					Long id = this.processes.createToken(port, "durability-" + writer + "-" + i++);
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

		Process second = this.processes.start(dataDir, port, "second.log");
		this.processes.awaitUp(port, second);

		assertThat(Files.readString(dataDir.resolve("second.log")))
			.as("the restart found and stopped the orphaned PostgreSQL").contains("Found an orphaned PostgreSQL");

		String list = this.processes.get(port, "/api/v1/me/tokens");
		Set<Long> present = ConcurrentHashMap.newKeySet();
		Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(list);
		while (m.find()) {
			present.add(Long.parseLong(m.group(1)));
		}
		assertThat(present).as("tokens present after the restart").containsAll(acknowledged);
		System.out.printf("durability: %d acknowledged writes before SIGKILL, all %d present after restart%n",
				acknowledged.size(), acknowledged.size());
	}

}
