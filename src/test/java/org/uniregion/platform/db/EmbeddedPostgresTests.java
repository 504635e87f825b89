package org.uniregion.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded server keeps what it acknowledges, demands passwords, and comes back after a crash.
 */
class EmbeddedPostgresTests {

	@Test
	void durableSettingsPasswordAuthenticationAndUnprivilegedAppRole() throws Exception {
		Path dir = dataDir();
		try (EmbeddedPostgres pg = EmbeddedPostgres.start(dir)) {
			try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.superuser(), pg.superuserPassword());
					Statement st = c.createStatement()) {
				assertThat(show(st, "fsync")).isEqualTo("on");
				assertThat(show(st, "synchronous_commit")).isEqualTo("on");
				assertThat(show(st, "server_version")).startsWith("17.");
				ResultSet rs = st.executeQuery("select rolsuper from pg_roles where rolname = '" + pg.appUser() + "'");
				assertThat(rs.next()).isTrue();
				assertThat(rs.getBoolean(1)).as("the application role is not a superuser").isFalse();
			}
			assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), pg.superuser(), "wrong"))
				.isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
			assertThat(Files.readString(pg.clusterDirectory().resolve("pg_hba.conf"))).doesNotContain(" trust");
		}
	}

	@Test
	void startsAgainAfterThePostmasterWasKilled() throws Exception {
		Path dir = dataDir();
		EmbeddedPostgres first = EmbeddedPostgres.start(dir);
		try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.superuser(), first.superuserPassword());
				Statement st = c.createStatement()) {
			st.execute("create table survivor (id int primary key)");
			st.execute("insert into survivor values (42)");
		}
		long pid = Long.parseLong(Files.readAllLines(first.clusterDirectory().resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
		await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive());
		assertThat(first.clusterDirectory().resolve("postmaster.pid")).as("a stale pid file is left").exists();

		try (EmbeddedPostgres second = EmbeddedPostgres.start(dir);
				Connection c = DriverManager.getConnection(second.jdbcUrl(), second.superuser(), second.superuserPassword());
				Statement st = c.createStatement()) {
			ResultSet rs = st.executeQuery("select id from survivor");
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(42);
		}
	}

	private static String show(Statement st, String setting) throws SQLException {
		ResultSet rs = st.executeQuery("show " + setting);
		rs.next();
		return rs.getString(1);
	}

	private static Path dataDir() {
		return Path.of(System.getProperty("uniregion.data-dir", "target/test-data/embedded"))
			.resolveSibling("embedded-" + System.nanoTime());
	}

}
