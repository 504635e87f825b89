package org.uniregion.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.platform.StartupTask;

/**
 * Warms the hot paths once the product answers, so that the first minute after a start is about as fast as the
 * ones after it: the repositories are created (they are created on first use, to start sooner), and searches in
 * both languages, a few pages and a list are asked for over HTTP, as a visitor would, for a few rounds (the
 * search index and its Chinese dictionaries are opened, templates parsed and cached, the code compiled).
 * Only what an anonymous visitor may read is asked for; nothing is written.
 */
@Component
class WarmUp implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private static final List<String> WORDS = List.of("材料", "sensor", "电池 储能", "solar energy", "图像识别", "robot");

	private final ApplicationContext context;

	private final int rounds;

	WarmUp(ApplicationContext context, @Value("${uniregion.startup.warm-up-rounds:20}") int rounds) {
		this.context = context;
		this.rounds = rounds;
	}

	@Override
	public String key() {
		return "warm-up";
	}

	/**
	 * After the data is there and the index checked, before the API description: that takes seconds (21 s under the
	 * load test's first minute after a restart), and the warm-up waited for it.
	 */
	@Override
	public int order() {
		return 60;
	}

	@Override
	public void run(BackgroundWork.Progress progress) throws InterruptedException {
		this.context.getBeanProvider(Repository.class).stream().forEach(r -> {
		});
		Local local = Local.of(this.context);
		if (local == null) {
			return;
		}
		long start = System.nanoTime();
		int failed = 0;
		for (int round = 0; round < this.rounds; round++) {
			String words = URLEncoder.encode(WORDS.get(round % WORDS.size()), StandardCharsets.UTF_8);
			String lang = round % 2 == 0 ? "zh-CN" : "en";
			for (String path : List.of("/api/v1/search?kind=results&q=" + words, "/catalog?q=" + words + "&lang=" + lang,
					"/api/v1/catalog/results?size=20&page=" + (round % 3), "/catalog?lang=" + lang, "/login?lang=" + lang,
					"/api/v1/regions?q=" + (round % 2 == 0 ? "%E6%97%A0%E9%94%A1" : "wuxi"))) {
				if (!local.get(path, lang)) {
					failed++;
				}
			}
			progress.progress(round + 1, this.rounds);
		}
		log.info("Warmed up: {} rounds of searches, pages and lists in {} ms{}", this.rounds,
				(System.nanoTime() - start) / 1_000_000, failed > 0 ? " (" + failed + " requests not answered 200)" : "");
	}

	/** The product's own HTTP port on the loopback interface. */
	record Local(HttpClient http, int port) {

		static @Nullable Local of(ApplicationContext context) {
			if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null
					|| web.getWebServer().getPort() <= 0) {
				return null;
			}
			return new Local(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
					web.getWebServer().getPort());
		}

		/** GETs {@code path}; answers whether it was answered 200 (a failure is no reason to stop warming). */
		boolean get(String path, String language) throws InterruptedException {
			try {
				HttpResponse<Void> r = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.timeout(Duration.ofMinutes(1))
					.header("Accept-Language", language)
					.build(), HttpResponse.BodyHandlers.discarding());
				return r.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		}

	}

}
