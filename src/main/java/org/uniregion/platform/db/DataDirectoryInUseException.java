package org.uniregion.platform.db;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Another process holds the data directory: this start stops before touching anything in it.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final Path dataDirectory;

	DataDirectoryInUseException(Path dataDirectory, Properties holder) {
		super(message(dataDirectory, holder));
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	private static String message(Path dir, Properties holder) {
		String pid = holder.getProperty("pid", "");
		if (pid.isBlank()) {
			return "UniRegion is already running on the data directory " + dir + " (another process holds "
					+ dir.resolve(DataDirectoryLock.FILE) + ")";
		}
		String port = holder.getProperty("port", "");
		return "UniRegion is already running on the data directory " + dir + ": process " + pid + " on "
				+ holder.getProperty("host", "?") + ", started " + holder.getProperty("started", "?")
				+ (port.isBlank() ? "" : ", HTTP port " + port);
	}

}
