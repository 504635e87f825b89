package org.uniregion.platform;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Where UniRegion keeps what must outlive the process: the embedded database and the search index.
 */
public final class DataDirectory {

	public static final String PROPERTY = "uniregion.data-dir";

	private DataDirectory() {
	}

	public static Path resolve(Environment env) {
		String configured = env.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		return Path.of(System.getProperty("user.home"), ".uniregion").toAbsolutePath().normalize();
	}

}
