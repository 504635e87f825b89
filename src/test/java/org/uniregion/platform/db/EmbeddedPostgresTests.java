package org.uniregion.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
				assertThat(DurabilitySettings.shown(c, DurabilitySettings.DURABLE.keySet()))
					.isEqualTo(DurabilitySettings.DURABLE);
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

	/**
	 * A counted stream of commits from four connections while the postmaster is killed with SIGKILL; the next
	 * start (crash recovery) holds every commit that was acknowledged. Fails with {@code synchronous_commit=off}
	 * (see {@link DurabilitySettings}).
	 */
	@Test
	void everyAcknowledgedCommitSurvivesAKilledPostmaster() throws Exception {
		Path dir = dataDir();
		EmbeddedPostgres first = EmbeddedPostgres.start(dir);
		try (Connection c = superuser(first); Statement st = c.createStatement()) {
			st.execute("create table survivor (id bigserial primary key, writer int not null, n int not null)");
			DurabilitySettings.applyUnsafe(c);
			Map<String, String> expected = DurabilitySettings.expected();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> DurabilitySettings.shown(c, expected.keySet()).equals(expected));
		}
		List<Connection> connections = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Connection c = superuser(first);
			c.setAutoCommit(false);
			connections.add(c);
		}
		AcknowledgedWrites writes = AcknowledgedWrites.start(connections.size(), (writer, n) -> {
			Connection c = connections.get(writer);
			try (PreparedStatement ps = c.prepareStatement("insert into survivor (writer, n) values (?, ?) returning id")) {
				ps.setInt(1, writer);
				ps.setInt(2, n);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					long id = rs.getLong(1);
					c.commit(); // acknowledged once commit() returns
					return id;
				}
			}
		});
		writes.awaitAtLeast(300);

		Postmaster.kill(first.clusterDirectory());
		Set<Long> acknowledged = writes.stop();
		assertThat(first.clusterDirectory().resolve("postmaster.pid")).as("a stale pid file is left").exists();

		try (EmbeddedPostgres second = EmbeddedPostgres.start(dir); Connection c = superuser(second)) {
			Set<Long> present = new HashSet<>();
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select id from survivor")) {
				while (rs.next()) {
					present.add(rs.getLong(1));
				}
			}
			AcknowledgedWrites.assertAllPresent(acknowledged, present, "a SIGKILL of the postmaster");
		}
	}

	/**
	 * A server process busy with a statement when its postmaster is killed keeps running, attached to the old
	 * shared memory, and PostgreSQL refuses to start beside it: the start stops it first.
	 */
	@Test
	void startsAgainWhileAServerProcessOfTheKilledPostmasterIsStillBusy() throws Exception {
		Path dir = dataDir();
		EmbeddedPostgres first = EmbeddedPostgres.start(dir);
		Connection busy = superuser(first);
		long busyPid;
		try (Statement st = busy.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
			rs.next();
			busyPid = rs.getLong(1);
		}
		Thread endless = new Thread(() -> {
			try (Statement st = busy.createStatement()) {
				st.execute("do $$ begin loop end loop; end $$");
			}
			catch (SQLException ex) {
				// ended by the restart below
			}
		});
		endless.start();
		await().atMost(Duration.ofSeconds(30)).until(() -> isActive(first, busyPid));

		Postmaster.kill(first.clusterDirectory());
		assertThat(ProcessHandle.of(busyPid).map(ProcessHandle::isAlive)).as("the busy server process outlives its postmaster")
			.hasValue(true);

		try (EmbeddedPostgres second = EmbeddedPostgres.start(dir); Connection c = superuser(second);
				Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select 1")) {
			assertThat(rs.next()).isTrue();
			assertThat(ProcessHandle.of(busyPid).map(ProcessHandle::isAlive).orElse(false)).as("the busy server process")
				.isFalse();
		}
		endless.join();
	}

	private static boolean isActive(EmbeddedPostgres pg, long pid) throws SQLException {
		try (Connection c = superuser(pg); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("select state from pg_stat_activity where pid = " + pid)) {
			return rs.next() && "active".equals(rs.getString(1));
		}
	}

	private static Connection superuser(EmbeddedPostgres pg) throws SQLException {
		return DriverManager.getConnection(pg.jdbcUrl(), pg.superuser(), pg.superuserPassword());
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
