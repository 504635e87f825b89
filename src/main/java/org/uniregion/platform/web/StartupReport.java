package org.uniregion.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.uniregion.platform.DataDirectory;

/**
 * Tells the person who started UniRegion where its data lives and which address to open.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : env.getProperty("server.port", Integer.class, 8080);
		boolean embedded = env.getProperty("uniregion.embedded-db.active", Boolean.class, false);
		String data = embedded ? "embedded PostgreSQL in " + env.getProperty("uniregion.embedded-db.cluster")
				: "external PostgreSQL at " + env.getProperty("spring.datasource.url");
		log.info("""

				  UniRegion is ready: open http://localhost:{}/
				  Data: {} (data directory {})
				  Demo data: {}""", port, data, DataDirectory.resolve(env),
				env.getProperty("uniregion.demo.enabled", Boolean.class, true) ? "on (uniregion.demo.enabled=false to switch off)" : "off");
	}

}
