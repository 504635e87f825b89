package org.uniregion.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.demand.DemandCanaries;
import org.uniregion.result.ResultCanaries;
import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canaries of the searchable catalogs (research results and demands), planted once per application, and
 * the readers of the answers they appear in. The canaries go into the database directly (so that each has
 * exactly the region, organization, owner, status or visibility it stands for), and then into the index by
 * a rebuild: lists filtered by words, searches and the catalog read the index, and a canary missing from it
 * would pass for a record hidden from its reader.
 */
public final class CatalogCanaries {

	/** The ports of the applications whose database and index hold the canaries. */
	private static final Set<Integer> planted = ConcurrentHashMap.newKeySet();

	private CatalogCanaries() {
	}

	/** Plants the canaries of both catalogs where they are missing, and makes sure the index holds them all. */
	public static synchronized void plant(MatrixContext ctx) {
		if (planted.contains(ctx.port())) {
			return;
		}
		int inserted = ResultCanaries.insertMissing(ctx) + DemandCanaries.insertMissing(ctx);
		if (inserted > 0 || !indexed(ctx, "results", ResultCanaries.PLANTED_NAMES)
				|| !indexed(ctx, "demands", DemandCanaries.PLANTED_NAMES)) {
			rebuild(ctx.port());
		}
		assertThat(indexed(ctx, "results", ResultCanaries.PLANTED_NAMES) && indexed(ctx, "demands", DemandCanaries.PLANTED_NAMES))
			.as("the search index holds every canary after a rebuild").isTrue();
		planted.add(ctx.port());
	}

	/** Whether the office's search for the canaries' common word finds every one of {@code names}. */
	private static boolean indexed(MatrixContext ctx, String kind, Set<String> names) {
		ApiClient.Response r = ApiClient.as(TestUsers.ADMIN, ctx.port())
			.get("/api/v1/search?kind=" + kind + "&q=" + Canary.PREFIX + "&size=100");
		return r.status() == 200 && Canaries.found(r.body()).containsAll(names);
	}

	private static void rebuild(int port) {
		SearchApiIntegrationTests.awaitRebuilt(port);
		ApiClient.Response started = ApiClient.as(TestUsers.ADMIN, port).post("/api/v1/search/index/rebuild", Map.of());
		assertThat(started.status()).as("rebuilding the index for the canaries: " + started.body()).isEqualTo(202);
		SearchApiIntegrationTests.awaitRebuilt(port);
	}

	/**
	 * No canary of {@code planted} that {@code user} must not see is in {@code answer}: for a part of a page that
	 * shows only some of the records in scope (the latest few of a home panel), where missing ones prove nothing.
	 */
	public static void assertShowsNoneHidden(TestUsers user, String answer, Collection<Canary> planted) {
		Set<String> hidden = new TreeSet<>();
		planted.stream().filter(c -> !c.seenBy(user)).forEach(c -> hidden.add(c.name()));
		Set<String> shown = new TreeSet<>(Canaries.found(answer));
		shown.retainAll(hidden);
		assertThat(shown).as("canaries outside the scope of " + user).isEmpty();
	}

	/** The element with {@code id} of a page, up to its first closing {@code tag}: a panel, a line of counts. */
	public static String element(String html, String id, String tag) {
		Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\".*?</" + tag + ">", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("an element " + id + " on the page").isTrue();
		return m.group();
	}

	/** The numbers in a text, in order ("1,234 results, 56 published" holds 1234 and 56). */
	public static List<Long> numbers(String text) {
		List<Long> numbers = new ArrayList<>();
		Matcher m = Pattern.compile("\\d[\\d,]*").matcher(text.substring(text.indexOf('>') + 1));
		while (m.find()) {
			numbers.add(Long.parseLong(m.group().replace(",", "")));
		}
		return numbers;
	}

	/** The number of records a list of the API holds for {@code user}. */
	public static long total(TestUsers user, int port, String path) {
		ApiClient.Response r = ApiClient.as(user, port).get(path);
		assertThat(r.status()).as(path + " as " + user).isEqualTo(200);
		return r.json().path("page").path("totalElements").asLong();
	}

	/** The text of a search page or of the catalog without the highlights, which cut a canary's name in parts. */
	public static String withoutHighlights(String html) {
		return html.replace("<mark>", "").replace("</mark>", "");
	}

	/** The text of every cell of every sheet of an XLSX file, one row a line. */
	public static String xlsxText(byte[] xlsx) {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\t');
					}
					text.append('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * The facet counts of a search answer agree with its hits: for a facet that every hit has exactly one value
	 * of, the counts add up to the total; and the answer holds every hit (one page), so that a count of records
	 * the caller may not see would show.
	 */
	public static void assertFacetsCountHits(JsonNode answer, String singleValuedFacet) {
		long total = answer.path("page").path("totalElements").asLong();
		assertThat(answer.path("content").size()).as("all hits on one page").isEqualTo((int) total);
		for (JsonNode facet : answer.path("facets")) {
			if (facet.path("name").asString().equals(singleValuedFacet)) {
				long sum = 0;
				for (JsonNode v : facet.path("values")) {
					sum += v.path("count").asLong();
				}
				assertThat(sum).as("the counts of facet " + singleValuedFacet + " against the hits: " + facet).isEqualTo(total);
				return;
			}
		}
		throw new AssertionError("No facet " + singleValuedFacet + " in " + answer.path("facets"));
	}

}
