package org.uniregion.platform.db;

import org.uniregion.platform.DataDirectory;
import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;

/**
 * Ties the embedded server's life to the application context: the data source is closed first, then the
 * server is stopped (if no other context of this JVM still uses it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedDatabaseEnvironmentPostProcessor.ACTIVE, havingValue = "true")
class EmbeddedDatabaseConfiguration {

	static final String LEASE_BEAN = "embeddedPostgresLease";

	// Stopped before the data directory's lock is released.
	@Bean(name = LEASE_BEAN, destroyMethod = "close")
	@DependsOn(DataDirectoryLockConfiguration.LEASE_BEAN)
	static Lease embeddedPostgresLease(Environment env) {
		return new Lease(DataDirectory.resolve(env));
	}

	@Bean
	static BeanFactoryPostProcessor dataSourceDependsOnEmbeddedPostgres() {
		return DataDirectoryLockConfiguration.dataSourcesDependOn(LEASE_BEAN);
	}

	static final class Lease implements AutoCloseable {

		private final Path dataDir;

		Lease(Path dataDir) {
			this.dataDir = dataDir;
			EmbeddedDatabases.acquire(dataDir);
		}

		@Override
		public void close() {
			EmbeddedDatabases.release(this.dataDir);
		}

	}

}
