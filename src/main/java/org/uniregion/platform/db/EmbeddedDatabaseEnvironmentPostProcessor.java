package org.uniregion.platform.db;

import org.uniregion.platform.DataDirectory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * First takes the lock on {@code uniregion.data-dir} (one process per data directory: a second start stops here,
 * before it touches the database or the index). Then, with no {@code spring.datasource.url}, starts the embedded
 * PostgreSQL in {@code uniregion.data-dir} and points the data source (the unprivileged application role) and Flyway
 * (the cluster's owner) at it. Runs before the context exists so that every auto-configuration sees an ordinary
 * PostgreSQL; the server starts in the background while the context is created, and the data source and Flyway wait
 * for it ({@link EmbeddedDatabaseConfiguration}).
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	public static final String ACTIVE = "uniregion.embedded-db.active";

	private final org.apache.commons.logging.Log log;

	public EmbeddedDatabaseEnvironmentPostProcessor(org.springframework.boot.logging.DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgres.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		Path dataDir = DataDirectory.resolve(env);
		// Also with an external database: the search index lives in the data directory.
		DataDirectoryLock.hold(dataDir, env.getProperty("server.port", "8080"));
		if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
			return;
		}
		EmbeddedPostgres pg = EmbeddedDatabases.startOrGet(dataDir, this.log);
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", pg.jdbcUrl());
		props.put("spring.datasource.username", pg.appUser());
		props.put("spring.datasource.password", pg.appPassword());
		props.put("spring.flyway.url", pg.jdbcUrl());
		props.put("spring.flyway.user", pg.superuser());
		props.put("spring.flyway.password", pg.superuserPassword());
		props.put("spring.flyway.placeholders.app-role", pg.appUser());
		props.put(ACTIVE, "true");
		props.put("uniregion.embedded-db.cluster", pg.clusterDirectory().toString());
		env.getPropertySources().addFirst(new MapPropertySource("uniregionEmbeddedDatabase", props));
	}

	@Override
	public int getOrder() {
		// After config data (application.properties, profiles) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
