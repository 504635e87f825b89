package org.uniregion.platform.db;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One UniRegion process per data directory: an exclusive lock on {@code <data-dir>/uniregion.lock}, taken before
 * anything else in the directory is touched and held for the life of the process (the operating system releases
 * it when the process dies, even by {@code kill -9}). The file names its holder (pid, host, start time, HTTP port)
 * so that a second start can say who is running.
 * <p>
 * Within one JVM the lock is shared by every application context on the same directory (tests cache several
 * contexts; they also share the embedded server) and released when the last one closes.
 */
public final class DataDirectoryLock {

	static final String FILE = "uniregion.lock";

	private static final Map<Path, Held> held = new HashMap<>();

	private DataDirectoryLock() {
	}

	/**
	 * Takes the lock on {@code dataDir} for this JVM (a no-op when this JVM holds it already).
	 * @throws DataDirectoryInUseException when another process holds it
	 */
	static synchronized void hold(Path dataDir, String httpPort) {
		if (held.containsKey(dataDir)) {
			return;
		}
		FileChannel channel = null;
		try {
			Files.createDirectories(dataDir);
			Path file = dataDir.resolve(FILE);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				// This JVM locked the same file under another path (a symbolic link): as much in use as by another process.
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(dataDir, holder(file));
			}
			Held h = new Held(channel, ProcessHandle.current().pid(), hostName(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
			held.put(dataDir, h);
			h.write(httpPort);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new IllegalStateException("Could not lock the data directory " + dataDir + ": " + ex.getMessage(), ex);
		}
	}

	/** Counts one more user (an application context) of this JVM's lock on {@code dataDir}. */
	static synchronized void acquire(Path dataDir) {
		Held h = held.get(dataDir);
		if (h != null) {
			h.users++;
		}
	}

	/** One user fewer; the last one releases the lock. */
	static synchronized void release(Path dataDir) {
		Held h = held.get(dataDir);
		if (h != null && --h.users <= 0) {
			held.remove(dataDir);
			closeQuietly(h.channel);
		}
	}

	/** Records the HTTP port once the web server has it (a random port is known only then). */
	static synchronized void updatePort(Path dataDir, int port) {
		Held h = held.get(dataDir);
		if (h != null) {
			try {
				h.write(Integer.toString(port));
			}
			catch (IOException ex) {
				// Only the description of the holder is stale; the lock itself is held.
			}
		}
	}

	/** Whether this JVM holds the lock on {@code dataDir}. */
	public static synchronized boolean isHeld(Path dataDir) {
		return held.containsKey(dataDir);
	}

	private static Properties holder(Path file) {
		Properties p = new Properties();
		try {
			p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		}
		catch (IOException | IllegalArgumentException ex) {
			// Unreadable (a system with mandatory locks, or written just now): the message says less.
		}
		return p;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "localhost";
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Closing releases the lock; nothing more to do.
			}
		}
	}

	private static final class Held {

		final FileChannel channel;

		final long pid;

		final String host;

		final Instant started;

		int users;

		Held(FileChannel channel, long pid, String host, Instant started) {
			this.channel = channel;
			this.pid = pid;
			this.host = host;
			this.started = started;
		}

		void write(String httpPort) throws IOException {
			String text = "# UniRegion holds this data directory while this file is locked.\n" + "pid=" + this.pid + "\nhost="
					+ this.host + "\nstarted=" + this.started + "\nport=" + (httpPort == null ? "" : httpPort) + "\n";
			this.channel.truncate(0);
			this.channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
			this.channel.force(true);
		}

	}

}
