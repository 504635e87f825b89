package org.uniregion.bulk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ImportService}'s commit: all or nothing (a row that fails at commit, after a clean dry run, leaves no
 * row of the file in the database, the index or the audit trail), only a job whose dry run found no error and
 * only once, and a job is its owner's: another user can neither see, commit nor discard it.
 */
@IntegrationTest
class ImportServiceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** A results file of {@code rows} valid rows, each titled with the word and its number. */
	private static String resultsCsv(String word, int rows) {
		StringBuilder csv = new StringBuilder(BulkIntegrationTests.RESULT_HEADER);
		for (int i = 1; i <= rows; i++) {
			csv.append("PATENT,").append(word).append(" row ").append(i).append(",abstract,,,,5,LICENSE\n");
		}
		return csv.toString();
	}

	private static JsonNode awaitDone(ApiClient client, String location) {
		return Uploads.awaitDone(client, location);
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private String validJob(ApiClient owner, String word, int rows) {
		ApiClient.Response r = Uploads.upload(owner, "RESULTS", word + ".csv",
				resultsCsv(word, rows).getBytes(StandardCharsets.UTF_8), null);
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		assertThat(awaitDone(owner, r.header("Location")).path("status").asString()).isEqualTo("VALID");
		return r.header("Location");
	}

	private static long id(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void aRowThatFailsAtCommitLeavesNoRowOfTheFileAnywhere() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String word = Words.unique();
		// More rows than one chunk of the commit, so that a first chunk is saved before the bad row is reached.
		int rows = ImportService.CHUNK + 100;
		String location = validJob(staff, word, rows);
		// The file changes between the dry run and the commit (as the rules or the data might): its last row
		// now breaks a rule that only the commit sees.
		String broken = resultsCsv(word, rows - 1) + "NONSENSE," + word + " row " + rows + ",abstract,,,,5,LICENSE\n";
		assertThat(this.jdbc.update("update import_job set content = ? where id = ?",
				broken.getBytes(StandardCharsets.UTF_8), id(location))).isEqualTo(1);

		assertThat(staff.post(location + "/commit", null).status()).isEqualTo(202);
		JsonNode job = awaitDone(staff, location);
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("FAILED");
		assertThat(job.path("failure").asString()).isEqualTo("bulk.job.rowChanged");
		assertThat(job.path("importedRows").asInt()).isZero();

		assertThat(count("select count(*) from research_result where title like ?", word + " row %"))
			.as("rows of the file in the database").isZero();
		assertThat(count("select count(*) from audit_entry where entity_type = 'research-result' and after_json like ?",
				"%" + word + "%")).as("audit entries of rows of the file").isZero();
		JsonNode listed = staff.get("/api/v1/results?size=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).json();
		assertThat(listed.path("page").path("totalElements").asLong()).as("rows of the file in the index").isZero();
		JsonNode searched = staff.get("/api/v1/search?kind=results&size=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).json();
		assertThat(searched.path("page").path("totalElements").asLong()).as("rows of the file in the search").isZero();
	}

	@Test
	void onlyAValidJobIsCommittedAndOnlyOnce() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String word = Words.unique();
		ApiClient.Response invalid = Uploads.upload(staff, "RESULTS", "invalid.csv",
				(resultsCsv(word, 3) + "PATENT," + word + " bad,abstract,,,,12,LICENSE\n").getBytes(StandardCharsets.UTF_8), null);
		assertThat(awaitDone(staff, invalid.header("Location")).path("status").asString()).isEqualTo("INVALID");
		ApiClient.Response refused = staff.post(invalid.header("Location") + "/commit", null);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(awaitDone(staff, invalid.header("Location")).path("status").asString()).isEqualTo("INVALID");
		assertThat(count("select count(*) from research_result where title like ?", word + " %")).isZero();

		String location = validJob(staff, word + "b", 3);
		assertThat(staff.post(location + "/commit", null).status()).isEqualTo(202);
		assertThat(awaitDone(staff, location).path("status").asString()).isEqualTo("IMPORTED");
		assertThat(staff.post(location + "/commit", null).status()).as("an imported job again").isEqualTo(409);
		assertThat(awaitDone(staff, location).path("importedRows").asInt()).isEqualTo(3);
		assertThat(count("select count(*) from research_result where title like ?", word + "b row %")).isEqualTo(3);
	}

	@Test
	void aJobOfAnotherOwnerIsNotFoundAndCannotBeCommittedOrDiscarded() {
		ApiClient researcher = ApiClient.as(TestUsers.RESEARCHER, this.port);
		String word = Words.unique();
		String location = validJob(researcher, word, 2);
		for (TestUsers other : List.of(TestUsers.ENTERPRISE, TestUsers.WUXI, TestUsers.REVIEWER)) {
			ApiClient client = ApiClient.as(other, this.port);
			assertThat(client.get(location).status()).as("%s reading the researcher's job", other).isEqualTo(404);
			assertThat(client.send("GET", location + "/report", null, "text/csv").status()).as("%s reading its report", other)
				.isEqualTo(404);
			assertThat(client.post(location + "/commit", null).status()).as("%s committing it", other).isEqualTo(404);
			assertThat(client.delete(location).status()).as("%s discarding it", other).isEqualTo(404);
			ApiClient.Response list = client.get("/api/v1/imports?size=100");
			if (list.status() == 200) {
				assertThat(list.body()).as("%s's list of jobs", other).doesNotContain(word);
			}
		}
		JsonNode job = researcher.get(location).json();
		assertThat(job.path("status").asString()).as("untouched by the others").isEqualTo("VALID");
		assertThat(count("select count(*) from research_result where title like ?", word + " row %")).isZero();
		assertThat(ApiClient.as(TestUsers.STAFF, this.port).get(location).status()).as("the office sees every job").isEqualTo(200);

		assertThat(researcher.post(location + "/commit", null).status()).isEqualTo(202);
		assertThat(awaitDone(researcher, location).path("status").asString()).isEqualTo("IMPORTED");
		assertThat(count("select count(*) from research_result where title like ?", word + " row %")).isEqualTo(2);
	}

}
