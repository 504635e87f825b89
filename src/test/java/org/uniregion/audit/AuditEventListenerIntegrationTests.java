package org.uniregion.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AuditEventListener} on the running application: a creation, an update (of a text and of an array
 * property) and a deletion made through the API are each captured once, with their author, the values before
 * and after (only what changed, an array as an array), and linked into the hash chain; and a change whose entry
 * cannot be written is not made at all.
 */
@IntegrationTest
class AuditEventListenerIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment env;

	private static Map<String, Object> result(String title, List<String> keywords, Long version) {
		Map<String, Object> m = new HashMap<>();
		m.put("type", "PATENT");
		m.put("title", title);
		m.put("abstractText", "An abstract that does not change.");
		m.put("keywords", keywords);
		m.put("trl", 4);
		m.put("language", "en");
		if (version != null) {
			m.put("version", version);
		}
		return m;
	}

	private List<AuditEntry> entries(String type, long id) {
		return this.jdbc.query("select seq, occurred_at, actor, action, entity_type, entity_id, before_json, after_json, "
				+ "prev_hash, hash from audit_entry where entity_type = ? and entity_id = ? order by seq",
				(rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
						rs.getString(10)),
				type, String.valueOf(id));
	}

	private String hashBefore(long seq) {
		return seq == 1 ? ChainHash.GENESIS
				: this.jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, seq - 1);
	}

	@Test
	void everyChangeIsCapturedOnceWithItsAuthorItsValuesAndItsPlaceInTheChain() {
		ApiClient researcher = ApiClient.as(TestUsers.RESEARCHER, this.port);
		String word = Words.unique();
		ApiClient.Response created = researcher.post("/api/v1/results", result(word + " first", List.of("alpha"), null));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		ApiClient.Response updated = researcher.put("/api/v1/results/" + id,
				result(word + " second", List.of("alpha", "beta"), created.json().get("version").asLong()));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(researcher.delete("/api/v1/results/" + id).status()).isEqualTo(204);

		List<AuditEntry> trail = entries("research-result", id);
		assertThat(trail).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE", "DELETE");
		assertThat(trail).extracting(AuditEntry::actor).containsOnly("researcher");

		AuditEntry create = trail.get(0);
		assertThat(create.before()).isNull();
		JsonNode after = json.readTree(create.after());
		assertThat(after.get("title").asString()).isEqualTo(word + " first");
		assertThat(after.get("abstractText").asString()).isEqualTo("An abstract that does not change.");
		assertThat(after.get("keywords").toString()).as("an array property as an array").isEqualTo("[\"alpha\"]");

		AuditEntry update = trail.get(1);
		JsonNode before = json.readTree(update.before());
		JsonNode now = json.readTree(update.after());
		assertThat(before.get("title").asString()).isEqualTo(word + " first");
		assertThat(now.get("title").asString()).isEqualTo(word + " second");
		assertThat(before.get("keywords").toString()).isEqualTo("[\"alpha\"]");
		assertThat(now.get("keywords").toString()).isEqualTo("[\"alpha\",\"beta\"]");
		assertThat(now.has("abstractText")).as("an unchanged property is not recorded: %s", now).isFalse();
		assertThat(now.has("version")).as("the version is bookkeeping").isFalse();

		AuditEntry delete = trail.get(2);
		assertThat(delete.after()).isNull();
		JsonNode deleted = json.readTree(delete.before());
		assertThat(deleted.get("title").asString()).isEqualTo(word + " second");
		assertThat(deleted.get("abstractText").asString()).isEqualTo("An abstract that does not change.");

		for (AuditEntry e : trail) {
			assertThat(e.hashMatches()).as("entry %s holds the hash of its content", e.seq()).isTrue();
			assertThat(e.prevHash()).as("entry %s links to the entry before it", e.seq()).isEqualTo(hashBefore(e.seq()));
		}
	}

	@Test
	void aChangeWhoseEntryCannotBeWrittenIsNotMade() throws SQLException {
		String word = Words.unique();
		String constraint = "audit_refuses_" + word;
		try (Connection owner = ownerConnection(); Statement s = owner.createStatement()) {
			// The trail refuses this one entry (as a full disk or a lost connection would refuse any).
			s.execute("alter table audit_entry add constraint " + constraint
					+ " check (after_json is null or after_json not like '%" + word + "%')");
			try {
				ApiClient.Response r = ApiClient.as(TestUsers.STAFF, this.port).post("/api/v1/results",
						result(word + " unrecorded", List.of("gamma"), null));
				assertThat(r.status()).as("the answer when the entry cannot be written: %s", r).isGreaterThanOrEqualTo(400);
				assertThat(r.body()).doesNotContain("at org.", "SQLException");
			}
			finally {
				s.execute("alter table audit_entry drop constraint " + constraint);
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from research_result where title = ?", Long.class,
				word + " unrecorded")).as("a change without its entry").isZero();
		JsonNode verified = ApiClient.as(TestUsers.AUDITOR, this.port).get("/api/v1/audit/verify").json();
		assertThat(verified.get("intact").asBoolean()).isTrue();
	}

	private Connection ownerConnection() throws SQLException {
		return DriverManager.getConnection(this.env.getRequiredProperty("spring.flyway.url"),
				this.env.getRequiredProperty("spring.flyway.user"), this.env.getRequiredProperty("spring.flyway.password"));
	}

}
