package org.uniregion.platform.db;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.uniregion.platform.DataDirectory;

/**
 * Ties the data directory's lock (taken by {@link EmbeddedDatabaseEnvironmentPostProcessor} before the context
 * exists) to the application context: it is released only after the data source (and so the search index and the
 * embedded server, which depend on it) has been closed.
 */
@Configuration(proxyBeanMethods = false)
class DataDirectoryLockConfiguration {

	static final String LEASE_BEAN = "dataDirectoryLease";

	@Bean(name = LEASE_BEAN, destroyMethod = "close")
	static Lease dataDirectoryLease(Environment env) {
		return new Lease(DataDirectory.resolve(env));
	}

	@Bean
	static BeanFactoryPostProcessor dataSourceDependsOnDataDirectoryLock() {
		return dataSourcesDependOn(LEASE_BEAN);
	}

	/**
	 * Makes every data source and every Flyway (which may connect with a data source of its own) depend on
	 * {@code bean}, so that it is created before and closed after them.
	 */
	static BeanFactoryPostProcessor dataSourcesDependOn(String bean) {
		return beanFactory -> {
			String[] names = Stream.of(javax.sql.DataSource.class, org.flywaydb.core.Flyway.class)
				.flatMap(type -> Arrays.stream(beanFactory.getBeanNamesForType(type, true, false)))
				.toArray(String[]::new);
			for (String name : names) {
				BeanDefinition def = beanFactory.getBeanDefinition(name);
				String[] deps = def.getDependsOn();
				def.setDependsOn(deps == null ? new String[] { bean }
						: Stream.concat(Arrays.stream(deps), Stream.of(bean)).toArray(String[]::new));
			}
		};
	}

	@Bean
	static ApplicationListener<WebServerInitializedEvent> dataDirectoryLockNamesPort(Environment env) {
		return event -> {
			if (event.getApplicationContext().getServerNamespace() == null) {
				DataDirectoryLock.updatePort(DataDirectory.resolve(env), event.getWebServer().getPort());
			}
		};
	}

	static final class Lease implements AutoCloseable {

		private final Path dataDir;

		Lease(Path dataDir) {
			this.dataDir = dataDir;
			DataDirectoryLock.acquire(dataDir);
		}

		@Override
		public void close() {
			DataDirectoryLock.release(this.dataDir);
		}

	}

}
