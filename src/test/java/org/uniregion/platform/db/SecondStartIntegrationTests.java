package org.uniregion.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user who starts UniRegion twice on the same data directory (say, {@code ./mvnw spring-boot:run} in two
 * terminals) keeps the running one: the second start refuses at once, naming the running process, and touches
 * neither its PostgreSQL nor its search index.
 */
class SecondStartIntegrationTests {

	private final UniRegionProcesses processes = new UniRegionProcesses();

	@AfterEach
	void stopAll() {
		this.processes.close();
	}

	@Test
	void aSecondStartOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsServing() throws Exception {
		Path dataDir = UniRegionProcesses.freshDataDir("second-start");
		int port = UniRegionProcesses.freePort();
		Process first = this.processes.start(dataDir, port, "first.log");
		this.processes.awaitUp(port, first);
		long postmaster = postmasterPid(dataDir);

		int otherPort = UniRegionProcesses.freePort();
		long before = System.nanoTime();
		Process second = this.processes.start(dataDir, otherPort, "second.log");
		assertThat(second.waitFor(3, TimeUnit.MINUTES)).as("the second start gives up").isTrue();
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before);

		String log = Files.readString(dataDir.resolve("second.log"));
		assertThat(second.exitValue()).as("exit status of the second start").isNotZero();
		assertThat(log).contains("UniRegion is already running on the data directory " + dataDir.normalize())
			.contains("process " + first.pid() + " on ")
			.contains("started 20")
			.contains("HTTP port " + port)
			.contains("--uniregion.data-dir")
			.doesNotContain("orphaned")
			.doesNotContain("Embedded PostgreSQL")
			.doesNotContain("Hibernate");
		System.out.printf("second start refused after %d s:%n%s%n", seconds, log);

		assertThat(first.isAlive()).isTrue();
		assertThat(postmasterPid(dataDir)).as("the first one's PostgreSQL still runs").isEqualTo(postmaster);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).hasValue(true);
		assertThat(this.processes.isUp(port)).as("the first one's health").isTrue();
		Long written = this.processes.createToken(port, "after-the-second-start");
		assertThat(written).as("a write on the first one").isNotNull();
		assertThat(this.processes.get(port, "/api/v1/me/tokens")).as("a read on the first one")
			.contains("\"id\":" + written);
		assertThat(this.processes.get(port, "/api/v1/search?kind=results&q=solar")).as("a search on the first one's index")
			.contains("\"content\"");
	}

	private static long postmasterPid(Path dataDir) throws Exception {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/pgdata/postmaster.pid")).get(0).trim());
	}

}
