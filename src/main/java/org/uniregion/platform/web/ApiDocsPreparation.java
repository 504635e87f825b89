package org.uniregion.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.platform.StartupTask;

/**
 * Computes the API description ({@code /v3/api-docs}, seconds of work) once in the background, so that neither
 * the start nor the first reader waits for it: springdoc computes it on the first request and keeps it (one
 * document, for {@code springdoc.allowed-locales=en}); a reader asking while it is being computed waits for that
 * computation instead of starting another.
 */
@Component
class ApiDocsPreparation implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(ApiDocsPreparation.class);

	private final ApplicationContext context;

	ApiDocsPreparation(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public String key() {
		return "api-docs";
	}

	/** Last: only the API's readers wait for it, and they wait for it only if they come before it is done. */
	@Override
	public int order() {
		return 90;
	}

	@Override
	public void run(BackgroundWork.Progress progress) throws InterruptedException {
		WarmUp.Local local = WarmUp.Local.of(this.context);
		if (local != null && !local.get("/v3/api-docs", "en")) {
			log.warn("The API description /v3/api-docs could not be prepared in the background");
		}
	}

}
