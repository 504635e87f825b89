package org.uniregion.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.search.CatalogQuery.Ranking;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the real demo catalog: the judged queries ({@code search/judged-queries.json}, Chinese on the
 * CSL abstracts, English on the NASA offers, each with the records that should come first, judged by reading
 * them) are run through the public search over the demo catalog (its two sources: records other tests store do
 * not count, whatever order the tests run in), and precision@10 and nDCG@10 are computed for the ranking in use and
 * for the plain any-word ranking before it (and a few alternatives, to see where the ranking's parameters stand).
 * The figures go to the output and to {@code target/search-quality.txt}.
 */
@IntegrationTest
class JudgedQueriesIntegrationTests {

	/**
	 * precision@10 of the ranking in use on the demo catalog of technology only (0.439; 0.509 on the earlier
	 * catalog with every CSL discipline and repeated NASA titles), less a margin.
	 */
	static final double PRECISION_FLOOR = 0.42;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	record Judged(String q, String language, Set<String> relevant) {
	}

	record Figures(double precision, double ndcg) {
	}

	static List<Judged> judged() throws IOException {
		try (InputStream in = JudgedQueriesIntegrationTests.class.getResourceAsStream("/search/judged-queries.json")) {
			JsonNode all = JsonMapper.builder().build().readTree(in);
			List<Judged> out = new ArrayList<>();
			for (JsonNode j : all) {
				Set<String> relevant = new HashSet<>();
				j.get("relevant").forEach(t -> relevant.add(sameTitle(t.asString())));
				out.add(new Judged(j.get("q").asString(), j.get("language").asString(), relevant));
			}
			return out;
		}
	}

	@AfterEach
	void restore() {
		CatalogQuery.ranking = Ranking.DEFAULT;
	}

	Figures measure(List<Judged> queries, Ranking ranking, StringBuilder report) {
		CatalogQuery.ranking = ranking;
		double precision = 0;
		double ndcg = 0;
		for (Judged j : queries) {
			JsonNode answer = ApiClient.as(TestUsers.ANONYMOUS, this.port)
				.get("/api/v1/search?kind=results&size=10&source=NASA&source=CSL&q="
						+ URLEncoder.encode(j.q(), StandardCharsets.UTF_8))
				.json();
			double dcg = 0;
			int found = 0;
			int rank = 0;
			for (JsonNode h : answer.get("content")) {
				rank++;
				if (j.relevant().contains(sameTitle(h.get("title").asString()))) {
					found++;
					dcg += 1 / log2(rank + 1);
				}
			}
			double ideal = 0;
			for (int r = 1; r <= Math.min(10, j.relevant().size()); r++) {
				ideal += 1 / log2(r + 1);
			}
			precision += found / 10.0;
			ndcg += ideal == 0 ? 0 : dcg / ideal;
			if (report != null) {
				report.append(String.format(Locale.ROOT, "  %-30s %s  P@10 %.1f  total %d%n", j.q(), j.language(),
						found / 10.0, answer.get("page").get("totalElements").asLong()));
			}
		}
		return new Figures(precision / queries.size(), ndcg / queries.size());
	}

	/**
	 * A title as the demo catalog tells offers apart: NASA offers whose titles differ only in case or spacing are
	 * one offer, shown under one of the spellings.
	 */
	static String sameTitle(String title) {
		return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/** A judged record that left the catalog (a new release of the demo catalog) would lower the figures silently. */
	@Test
	void everyJudgedRecordIsInThePublishedCatalog() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Judged j : judged()) {
			for (String title : j.relevant()) {
				Integer n = this.jdbc.queryForObject(
						"select count(*) from research_result where lower(regexp_replace(title, '\\s+', ' ', 'g')) = ?"
								+ " and visibility = 'PUBLISHED'", Integer.class, title);
				if (n == null || n == 0) {
					missing.add(j.q() + " → " + title);
				}
			}
		}
		assertThat(missing).as("judged records not in the published catalog").isEmpty();
	}

	@Test
	void theRankingFindsTheJudgedRecordsFirst() throws IOException {
		List<Judged> queries = judged();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(20);
		Map<String, Ranking> rankings = new LinkedHashMap<>();
		rankings.put("before (any word)", Ranking.NONE);
		for (float all : new float[] { 2f, 5f, 10f, 20f }) {
			for (float phrase : new float[] { 0f, 1f, 3f }) {
				rankings.put("allTerms " + all + " phrase " + phrase, new Ranking(all, phrase, 3));
			}
		}
		rankings.put("phrase only 1", new Ranking(0f, 1f, 3));
		rankings.put("in use", Ranking.DEFAULT);
		StringBuilder report = new StringBuilder("Judged queries: " + queries.size() + " (precision@10, nDCG@10)\n");
		Map<String, Figures> figures = new LinkedHashMap<>();
		rankings.forEach((name, ranking) -> {
			Figures f = measure(queries, ranking, null);
			figures.put(name, f);
			report.append(String.format(Locale.ROOT, "%-30s P@10 %.3f  nDCG@10 %.3f  (%s)%n", name, f.precision(),
					f.ndcg(), ranking));
		});
		for (String language : List.of("zh", "en")) {
			List<Judged> some = queries.stream().filter(j -> j.language().equals(language)).toList();
			Figures before = measure(some, Ranking.NONE, null);
			Figures after = measure(some, Ranking.DEFAULT, null);
			report.append(String.format(Locale.ROOT, "%s (%d queries): before P@10 %.3f nDCG@10 %.3f; in use P@10 %.3f nDCG@10 %.3f%n",
					language, some.size(), before.precision(), before.ndcg(), after.precision(), after.ndcg()));
		}
		report.append("Per query, in use:\n");
		measure(queries, Ranking.DEFAULT, report);
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/search-quality.txt"), report);

		Figures before = figures.get("before (any word)");
		Figures inUse = figures.get("in use");
		assertThat(inUse.precision()).as(report.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
		assertThat(inUse.precision()).as(report.toString()).isGreaterThan(before.precision());
		assertThat(inUse.ndcg()).as(report.toString()).isGreaterThan(before.ndcg());
	}

}
