package org.uniregion.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.demand.DemandApi;
import org.uniregion.result.ResultApi;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.ScopeCanaries;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ExportRestController}: each role exports exactly its read scope of results and demands — nothing
 * outside it and everything inside it — whether the export goes through the index ({@code q}) or reads the
 * whole list, as CSV and as XLSX. Checked on canary records on both sides of each scope line.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRestControllerIntegrationTests {

	/** What each role's export of results holds among the canaries (as the access policy and the product say). */
	static final Map<TestUsers, Set<String>> RESULTS = Map.of(
			TestUsers.ADMIN, Set.of("r-own-draft", "r-own-withdrawn", "r-other-draft", "r-other-internal", "r-other-published", "r-other-withdrawn"),
			TestUsers.STAFF, Set.of("r-own-draft", "r-own-withdrawn", "r-other-draft", "r-other-internal", "r-other-published", "r-other-withdrawn"),
			TestUsers.AUDITOR, Set.of("r-own-draft", "r-own-withdrawn", "r-other-draft", "r-other-internal", "r-other-published", "r-other-withdrawn"),
			// A researcher: its own results in any visibility, and the university's internal and published ones.
			TestUsers.RESEARCHER, Set.of("r-own-draft", "r-own-withdrawn", "r-other-internal", "r-other-published"),
			// Everyone else: the public catalog.
			TestUsers.ENTERPRISE, Set.of("r-other-published"),
			TestUsers.WUXI, Set.of("r-other-published"),
			TestUsers.REVIEWER, Set.of("r-other-published"));

	/** The same for demands; researchers and reviewers may not read demands at all. */
	static final Map<TestUsers, Set<String>> DEMANDS = Map.of(
			TestUsers.ADMIN, Set.of("d-wuxi", "d-wuxi-district", "d-suzhou", "d-enterprise-own", "d-enterprise-colleague", "d-enterprise-own-elsewhere", "d-other-enterprise-wuxi"),
			TestUsers.STAFF, Set.of("d-wuxi", "d-wuxi-district", "d-suzhou", "d-enterprise-own", "d-enterprise-colleague", "d-enterprise-own-elsewhere", "d-other-enterprise-wuxi"),
			TestUsers.AUDITOR, Set.of("d-wuxi", "d-wuxi-district", "d-suzhou", "d-enterprise-own", "d-enterprise-colleague", "d-enterprise-own-elsewhere", "d-other-enterprise-wuxi"),
			// The Wuxi bureau: Wuxi and the districts below it, whoever filed them; not Suzhou.
			TestUsers.WUXI, Set.of("d-wuxi", "d-wuxi-district", "d-other-enterprise-wuxi"),
			// The enterprise: its organization's demands and its user's own, never another enterprise's.
			TestUsers.ENTERPRISE, Set.of("d-enterprise-own", "d-enterprise-colleague", "d-enterprise-own-elsewhere"));

	@LocalServerPort
	int port;

	@Autowired
	ResultApi results;

	@Autowired
	DemandApi demands;

	@Autowired
	JdbcTemplate jdbc;

	ScopeCanaries canaries;

	@BeforeAll
	void createCanaries() {
		this.canaries = ScopeCanaries.create(this.results, this.demands, this.jdbc);
	}

	@Test
	void eachRoleExportsExactlyTheResultsItMayRead() {
		RESULTS.forEach((user, expected) -> {
			assertThat(canaries(export(user, "results", "csv", query()))).as("%s exporting results with q", user)
				.isEqualTo(new TreeSet<>(expected));
			assertThat(canaries(export(user, "results", "csv", ""))).as("%s exporting all its results", user)
				.isEqualTo(new TreeSet<>(expected));
		});
	}

	@Test
	void eachRoleExportsExactlyTheDemandsItMayRead() {
		DEMANDS.forEach((user, expected) -> {
			assertThat(canaries(export(user, "demands", "csv", query()))).as("%s exporting demands with q", user)
				.isEqualTo(new TreeSet<>(expected));
			assertThat(canaries(export(user, "demands", "csv", ""))).as("%s exporting all its demands", user)
				.isEqualTo(new TreeSet<>(expected));
		});
		for (TestUsers user : List.of(TestUsers.RESEARCHER, TestUsers.REVIEWER)) {
			ApiClient.Response r = ApiClient.as(user, this.port).send("GET", "/api/v1/demands/export?" + query(), null, "*/*");
			assertThat(r.status()).as("%s may not export demands: %s", user, r).isEqualTo(403);
			assertThat(r.body()).doesNotContain(this.canaries.word());
		}
	}

	@Test
	void theSpreadsheetHoldsTheSameScopeAsTheCsv() {
		assertThat(canaries(export(TestUsers.WUXI, "demands", "xlsx", query()))).isEqualTo(new TreeSet<>(DEMANDS.get(TestUsers.WUXI)));
		assertThat(canaries(export(TestUsers.RESEARCHER, "results", "xlsx", query())))
			.isEqualTo(new TreeSet<>(RESULTS.get(TestUsers.RESEARCHER)));
	}

	@Test
	void anonymousCallersExportNothing() {
		for (String kind : List.of("results", "demands")) {
			ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, this.port).send("GET",
					"/api/v1/" + kind + "/export?" + query(), null, "*/*");
			assertThat(r.status()).as(kind).isEqualTo(401);
			assertThat(r.body()).doesNotContain(this.canaries.word());
		}
	}

	private String query() {
		return "q=" + URLEncoder.encode(this.canaries.word(), StandardCharsets.UTF_8);
	}

	/** The titles of an export's rows. */
	private List<String> export(TestUsers user, String kind, String format, String query) {
		ApiClient.Response r = ApiClient.as(user, this.port).send("GET",
				"/api/v1/" + kind + "/export?format=" + format + (query.isEmpty() ? "" : "&" + query), null, "*/*");
		assertThat(r.status()).as("%s exporting %s: %s", user, kind, r.status()).isEqualTo(200);
		return format.equals("csv") ? csvTitles(r.bytes()) : xlsxTitles(r.bytes());
	}

	private static List<String> csvTitles(byte[] bytes) {
		try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
			String title = csv.getHeaderNames().stream().filter(h -> h.replace("\uFEFF", "").equals("title")).findFirst()
				.orElseThrow();
			List<String> titles = new ArrayList<>();
			for (CSVRecord row : csv) {
				titles.add(row.get(title));
			}
			return titles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> xlsxTitles(byte[] bytes) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = book.getSheetAt(0);
			Row header = sheet.getRow(0);
			int title = -1;
			for (int i = 0; i < header.getLastCellNum(); i++) {
				if ("title".equals(header.getCell(i).getStringCellValue())) {
					title = i;
				}
			}
			assertThat(title).as("a title column").isNotNegative();
			List<String> titles = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				titles.add(sheet.getRow(r).getCell(title).getStringCellValue());
			}
			return titles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The canaries among the titles, by label. */
	private Set<String> canaries(List<String> titles) {
		Set<String> out = new TreeSet<>();
		for (String t : titles) {
			String label = this.canaries.labelOf(t);
			if (label != null) {
				out.add(label);
			}
		}
		return out;
	}

}
