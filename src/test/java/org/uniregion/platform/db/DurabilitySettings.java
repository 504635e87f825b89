package org.uniregion.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server settings the crash tests depend on, and the way to prove that those tests can fail.
 * <p>
 * Run a crash test with {@code -Duniregion.test.unsafe-postgres-settings=synchronous_commit=off,wal_writer_delay=10s}
 * and it applies these settings to the running server ({@code ALTER SYSTEM}, then a reload) before its writes
 * start; it must then fail, for acknowledged commits are lost. The product writes its durable settings again at
 * every start, so the restart after the crash (and every other run) is unaffected. Test-only on purpose: the
 * product offers no way to weaken its durability.
 */
final class DurabilitySettings {

	static final String UNSAFE_PROPERTY = "uniregion.test.unsafe-postgres-settings";

	/** What UniRegion's PostgreSQL must run with so that an acknowledged commit survives a crash. */
	static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on",
			"full_page_writes", "on");

	private DurabilitySettings() {
	}

	/** The settings asked for through {@value #UNSAFE_PROPERTY}, in order; empty in an ordinary run. */
	static Map<String, String> unsafe() {
		Map<String, String> settings = new LinkedHashMap<>();
		String given = System.getProperty(UNSAFE_PROPERTY, "");
		for (String pair : given.split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] nameAndValue = pair.split("=", 2);
			if (nameAndValue.length != 2 || !nameAndValue[0].trim().matches("[a-z_]+")) {
				throw new IllegalArgumentException(UNSAFE_PROPERTY + ": expected name=value pairs, got " + pair);
			}
			settings.put(nameAndValue[0].trim(), nameAndValue[1].trim());
		}
		return settings;
	}

	/**
	 * The settings the server must be running with during the writes: the durable ones, unless weakened on
	 * purpose.
	 */
	static Map<String, String> expected() {
		Map<String, String> expected = new LinkedHashMap<>(DURABLE);
		expected.putAll(unsafe());
		return expected;
	}

	/** Applies the unsafe settings, if any were asked for, through a superuser's connection. */
	static void applyUnsafe(Connection superuser) throws SQLException {
		Map<String, String> unsafe = unsafe();
		if (unsafe.isEmpty()) {
			return;
		}
		try (Statement st = superuser.createStatement()) {
			for (var setting : unsafe.entrySet()) {
				st.execute("alter system set " + setting.getKey() + " = '" + setting.getValue().replace("'", "''") + "'");
			}
			st.execute("select pg_reload_conf()");
		}
		System.out.println("UNSAFE run: PostgreSQL settings weakened on purpose: " + unsafe);
	}

	/** The values the server reports ({@code SHOW}) for the settings named. */
	static Map<String, String> shown(Connection connection, Collection<String> names) throws SQLException {
		Map<String, String> shown = new LinkedHashMap<>();
		try (Statement st = connection.createStatement()) {
			for (String name : names) {
				try (ResultSet rs = st.executeQuery("show " + name)) {
					rs.next();
					shown.put(name, rs.getString(1));
				}
			}
		}
		return shown;
	}

}
