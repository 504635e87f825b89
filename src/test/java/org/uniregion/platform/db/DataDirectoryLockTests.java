package org.uniregion.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock within one JVM: shared by the application contexts on the same directory, released by the last one,
 * and refused (not an {@code OverlappingFileLockException}) when the same directory comes under another path.
 */
class DataDirectoryLockTests {

	@Test
	void heldOncePerJvmAndReleasedByTheLastUser() throws Exception {
		Path dir = UniRegionProcesses.freshDataDir("lock");
		DataDirectoryLock.hold(dir, "8080");
		DataDirectoryLock.hold(dir, "8081"); // a second context of this JVM
		DataDirectoryLock.acquire(dir);
		DataDirectoryLock.acquire(dir);
		assertThat(Files.readString(dir.resolve(DataDirectoryLock.FILE))).contains("pid=" + ProcessHandle.current().pid())
			.contains("port=8080");
		DataDirectoryLock.updatePort(dir, 41234);
		assertThat(Files.readString(dir.resolve(DataDirectoryLock.FILE))).contains("port=41234");
		DataDirectoryLock.release(dir);
		assertThat(DataDirectoryLock.isHeld(dir)).isTrue();
		DataDirectoryLock.release(dir);
		assertThat(DataDirectoryLock.isHeld(dir)).isFalse();
		DataDirectoryLock.hold(dir, "8080");
		assertThat(DataDirectoryLock.isHeld(dir)).as("taken again once released").isTrue();
		DataDirectoryLock.acquire(dir);
		DataDirectoryLock.release(dir);
	}

	@Test
	void theSameDirectoryUnderAnotherPathIsRefusedWithTheHoldersName() throws Exception {
		Path dir = UniRegionProcesses.freshDataDir("lock");
		Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir.getFileName());
		DataDirectoryLock.hold(dir, "8080");
		try {
			assertThatThrownBy(() -> DataDirectoryLock.hold(link, "9090")).isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining("UniRegion is already running on the data directory " + link)
				.hasMessageContaining("process " + ProcessHandle.current().pid())
				.hasMessageContaining("HTTP port 8080");
			assertThat(DataDirectoryLock.isHeld(link)).isFalse();
		}
		finally {
			DataDirectoryLock.acquire(dir);
			DataDirectoryLock.release(dir);
			Files.delete(link);
		}
	}

}
