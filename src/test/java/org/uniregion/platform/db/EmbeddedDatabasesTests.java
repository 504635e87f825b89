package org.uniregion.platform.db;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server starts in the background while the context is created: its address is known at once, the
 * first to connect waits for it, a start that fails says why to that caller and is forgotten, and the last context
 * to let go of it stops it.
 */
class EmbeddedDatabasesTests {

	@Test
	void theAddressIsKnownAtOnceAndWhoAcquiresTheServerFindsItRunning() throws Exception {
		Path dir = dataDir();
		EmbeddedPostgres pg = EmbeddedDatabases.startOrGet(dir, LogFactory.getLog(getClass()));
		assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/uniregion");
		assertThat(EmbeddedDatabases.startOrGet(dir, LogFactory.getLog(getClass()))).as("one server per directory")
			.isSameAs(pg);
		EmbeddedDatabases.acquire(dir);
		try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.appUser(), pg.appPassword());
				ResultSet rs = c.createStatement().executeQuery("select current_user")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo(pg.appUser());
		}
		assertThat(EmbeddedDatabases.get(dir)).isSameAs(pg);
		EmbeddedDatabases.release(dir);
		assertThat(EmbeddedDatabases.get(dir)).as("stopped and forgotten with its last user").isNull();
		assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.appUser(), pg.appPassword()))
			.isInstanceOf(SQLException.class).hasRootCauseInstanceOf(ConnectException.class);
	}

	@Test
	void aStartThatFailsInTheBackgroundSaysWhyToWhoAcquiresItAndIsForgotten() throws Exception {
		Path dir = dataDir();
		// A cluster PostgreSQL 17 cannot start: it claims to be of another major version.
		Path cluster = dir.toAbsolutePath().normalize().resolve("postgres/pgdata");
		Files.createDirectories(cluster);
		Files.writeString(cluster.resolve("PG_VERSION"), "9\n");
		EmbeddedPostgres pg = EmbeddedDatabases.startOrGet(dir, LogFactory.getLog(getClass()));
		assertThat(pg.port()).isPositive();
		assertThatThrownBy(() -> EmbeddedDatabases.acquire(dir)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("pg_ctl");
		assertThat(EmbeddedDatabases.get(dir)).as("forgotten, so that the next context tries again").isNull();

		// Repaired, the next start of the same directory works.
		deleteTree(cluster);
		EmbeddedPostgres again = EmbeddedDatabases.startOrGet(dir, LogFactory.getLog(getClass()));
		assertThat(again).isNotSameAs(pg);
		EmbeddedDatabases.acquire(dir);
		try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.appUser(), again.appPassword())) {
			assertThat(c.isValid(5)).isTrue();
		}
		finally {
			EmbeddedDatabases.release(dir);
		}
	}

	private static void deleteTree(Path dir) throws Exception {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static Path dataDir() {
		return Path.of(System.getProperty("uniregion.data-dir", "target/test-data/embedded"))
			.resolveSibling("embedded-" + System.nanoTime())
			.toAbsolutePath()
			.normalize();
	}

}
