package org.uniregion.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.StatementCounter;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

/**
 * What a page's links and an API request's credentials cost (not a test: {@code ./mvnw -Pbenchmark test
 * -Dtest=WebRequestCostBenchmark}), in one run:
 * <ol>
 * <li>every link of the results page (as the office sees it) through the resource URL provider, as the layout's
 * {@code @{...}} links go: the product's, which looks only at the static paths, against Boot's default mapping of
 * static files at {@code /**} (built here as Boot builds it, minus the servlet context's own location), alternating
 * between the two; with the classpath look-ups of the latter counted;</li>
 * <li>the SQL statements of 200 consecutive requests authenticated by one bearer token (an API call that reads
 * nothing itself: the regions live in memory).</li>
 * </ol>
 * Only the ratio and the counts mean anything on a shared machine.
 */
@Tag("benchmark")
@IntegrationTest
class WebRequestCostBenchmark {

	private static final AtomicLong probes = new AtomicLong();

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider product;

	@Test
	void pageLinksAndBearerRequests() throws IOException {
		StringBuilder report = new StringBuilder();
		List<String> links = links(WebSession.as(TestUsers.STAFF, this.port).get("/results").body());
		ResourceUrlProvider atEveryPath = bootDefault();
		for (int i = 0; i < 200; i++) {
			resolveAll(atEveryPath, links);
			resolveAll(this.product, links);
		}
		probes.set(0);
		resolveAll(atEveryPath, links);
		long probesPerPage = probes.get();
		long everyPath = 0;
		long staticOnly = 0;
		int rounds = 20;
		int pages = 100;
		for (int r = 0; r < rounds; r++) {
			long t0 = System.nanoTime();
			for (int i = 0; i < pages; i++) {
				resolveAll(atEveryPath, links);
			}
			long t1 = System.nanoTime();
			for (int i = 0; i < pages; i++) {
				resolveAll(this.product, links);
			}
			everyPath += t1 - t0;
			staticOnly += System.nanoTime() - t1;
		}
		report.append(String.format("links of /results: %d; static files at /**: %d classpath look-ups and %.1f µs a page; "
				+ "static paths only: %.1f µs a page (%.0f× less)%n", links.size(), probesPerPage,
				everyPath / 1e3 / rounds / pages, staticOnly / 1e3 / rounds / pages, (double) everyPath / staticOnly));

		ApiClient api = ApiClient.as(TestUsers.STAFF, this.port);
		int requests = 200;
		int statements = 0;
		for (int i = 0; i < requests; i++) {
			String name = UUID.randomUUID().toString();
			api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/regions?size=5"))
				.header(StatementCounter.HEADER, name)
				.GET());
			statements += StatementCounter.take(name).size();
		}
		report.append(String.format("bearer token: %d SQL statements in %d consecutive requests%n", statements, requests));
		System.out.print(report);
		Files.writeString(Path.of("target", "web-request-cost.txt"), report.toString());
	}

	/** Static files at {@code /**} and webjars at {@code /webjars/**}, each with the resource chain, as Boot maps them by default. */
	private static ResourceUrlProvider bootDefault() {
		Map<String, List<Resource>> locations = new LinkedHashMap<>();
		locations.put("/webjars/**", List.of(new ClassPathResource("META-INF/resources/webjars/")));
		locations.put("/**", List.of(new ClassPathResource("META-INF/resources/"), new ClassPathResource("resources/"),
				new ClassPathResource("static/"), new ClassPathResource("public/")));
		Map<String, ResourceHttpRequestHandler> handlers = new LinkedHashMap<>();
		locations.forEach((pattern, where) -> {
			ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
			handler.setLocations(where);
			handler.setResourceResolvers(List.of(new CachingResourceResolver(new ConcurrentMapCache(pattern)),
					new LiteWebJarsResourceResolver(), new CountingPathResolver()));
			try {
				handler.afterPropertiesSet();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			handlers.put(pattern, handler);
		});
		ResourceUrlProvider provider = new ResourceUrlProvider();
		provider.setHandlerMap(handlers);
		return provider;
	}

	private static List<String> links(String page) {
		List<String> links = new ArrayList<>();
		Matcher m = Pattern.compile("(?:href|src|action|hx-get|hx-post)=\"(/[^\"]*)\"").matcher(page);
		while (m.find()) {
			links.add(m.group(1).replace("&amp;", "&").replaceFirst("[?#].*", ""));
		}
		return links;
	}

	private static void resolveAll(ResourceUrlProvider provider, List<String> links) {
		for (String link : links) {
			provider.getForLookupPath(link);
		}
	}

	/** Counts the look-ups of a path in a location (on the classpath here). */
	private static final class CountingPathResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String resourcePath, Resource location) throws IOException {
			probes.incrementAndGet();
			return super.getResource(resourcePath, location);
		}

	}

}
