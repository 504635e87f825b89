package org.uniregion.audit;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail on the running application and its real database: changes made through the API are
 * recorded with their author and values, rolled-back changes are not, the application cannot rewrite the
 * trail, and an edit or deletion made behind its back (as the database owner) is found by verification.
 */
@IntegrationTest
class AuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment env;

	@Autowired
	TransactionTemplate tx;

	@PersistenceContext
	EntityManager em;

	/**
	 * Token management takes a session or HTTP Basic (not a bearer token), as a script getting its first
	 * token would call it.
	 */
	private ApiClient.Response tokens(TestUsers user, String method, String path, String json) {
		String basic = Base64.getEncoder()
			.encodeToString((user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return ApiClient.as(TestUsers.ANONYMOUS, this.port).send(request);
	}

	private ApiClient.Response createToken(TestUsers user, String name) {
		return tokens(user, "POST", "/api/v1/me/tokens", "{\"name\":\"" + name + "\"}");
	}

	private ApiClient auditor() {
		return ApiClient.as(TestUsers.AUDITOR, this.port);
	}

	private JsonNode entries(String query) {
		ApiClient.Response r = auditor().get("/api/v1/audit?" + query);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	private JsonNode verify() {
		ApiClient.Response r = auditor().get("/api/v1/audit/verify");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	private long lastSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
		return seq == null ? 0 : seq;
	}

	@Test
	void creatingAndRevokingATokenIsRecordedWithAuthorAndValues() {
		ApiClient.Response created = createToken(TestUsers.STAFF, "x");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("token").get("id").asLong();
		assertThat(tokens(TestUsers.STAFF, "DELETE", "/api/v1/me/tokens/" + id, null).status()).isEqualTo(204);

		JsonNode page = entries("entityType=api-token&entityId=" + id);
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
		JsonNode update = page.get("content").get(0);
		JsonNode create = page.get("content").get(1);
		assertThat(update.get("seq").asLong()).isGreaterThan(create.get("seq").asLong());

		assertThat(create.get("action").asString()).isEqualTo("CREATE");
		assertThat(create.get("actor").asString()).isEqualTo("staff");
		assertThat(create.get("entityType").asString()).isEqualTo("api-token");
		assertThat(create.get("before").isNull()).isTrue();
		JsonNode after = create.get("after");
		assertThat(after.get("name").asString()).isEqualTo("x");
		assertThat(after.get("tokenHash").asString()).isEqualTo("[redacted]");
		assertThat(after.get("revokedAt").isNull()).isTrue();
		assertThat(after.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(create.toString()).doesNotContain(created.json().get("secret").asString());

		assertThat(update.get("action").asString()).isEqualTo("UPDATE");
		assertThat(update.get("actor").asString()).isEqualTo("staff");
		assertThat(iterable(update.get("before").propertyNames())).containsExactly("revokedAt");
		assertThat(iterable(update.get("after").propertyNames())).containsExactly("revokedAt");
		assertThat(update.get("before").get("revokedAt").isNull()).isTrue();
		assertThat(update.get("after").get("revokedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(update.get("hash").asString()).hasSize(64);
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void demoUsersCreatedAtStartUpAreRecordedAsTheSystemWithoutTheirPasswords() {
		JsonNode page = entries("entityType=user&action=CREATE&actor=system&size=50");
		assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(7);
		for (JsonNode e : page.get("content")) {
			assertThat(e.get("after").get("passwordHash").asString()).isEqualTo("[redacted]");
			assertThat(e.get("after").get("role").asString()).matches("[A-Z_]+");
		}
	}

	@Test
	void filtersCombineAndPagesGoNewestFirst() {
		for (int i = 0; i < 3; i++) {
			assertThat(createToken(TestUsers.STAFF, "page-" + i).status()).isEqualTo(201);
		}
		JsonNode first = entries("entityType=api-token&actor=staff&action=CREATE&size=2&page=0");
		JsonNode second = entries("entityType=api-token&actor=staff&action=CREATE&size=2&page=1");
		assertThat(first.get("content").size()).isEqualTo(2);
		long a = first.get("content").get(0).get("seq").asLong();
		long b = first.get("content").get(1).get("seq").asLong();
		long c = second.get("content").get(0).get("seq").asLong();
		assertThat(a).isGreaterThan(b);
		assertThat(b).isGreaterThan(c);
		assertThat(first.get("content").get(0).get("after").get("name").asString()).isEqualTo("page-2");
		for (JsonNode e : first.get("content")) {
			assertThat(e.get("actor").asString()).isEqualTo("staff");
			assertThat(e.get("action").asString()).isEqualTo("CREATE");
		}
		assertThat(entries("actor=nobody-at-all").get("page").get("totalElements").asLong()).isZero();
		assertThat(entries("from=2000-01-01&to=2000-01-02").get("page").get("totalElements").asLong()).isZero();
		assertThat(entries("from=2000-01-01").get("page").get("totalElements").asLong()).isPositive();
		assertThat(auditor().get("/api/v1/audit?action=RENAME").status()).isEqualTo(422);
		assertThat(auditor().get("/api/v1/audit?from=yesterday").status()).isEqualTo(422);
	}

	@Test
	void aRolledBackChangeLeavesNoEntryAndACommittedOneAlwaysHasOne() throws Exception {
		long before = lastSeq();
		this.tx.executeWithoutResult(status -> {
			Object reviewer = reviewer();
			setDisplayName(reviewer, "Rolled back");
			this.em.flush(); // the update is executed, and its entry collected
			status.setRollbackOnly();
		});
		assertThat(lastSeq()).isEqualTo(before);
		assertThatThrownBy(() -> this.tx.executeWithoutResult(status -> {
			setDisplayName(reviewer(), "Thrown away");
			this.em.flush();
			throw new IllegalStateException("the business rule failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(lastSeq()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select display_name from app_user where username = 'reviewer'", String.class))
			.isNotIn("Rolled back", "Thrown away");

		String original = this.jdbc.queryForObject("select display_name from app_user where username = 'reviewer'", String.class);
		this.tx.executeWithoutResult(status -> setDisplayName(reviewer(), "Committed"));
		this.tx.executeWithoutResult(status -> setDisplayName(reviewer(), original));
		assertThat(lastSeq()).isEqualTo(before + 2);
		JsonNode change = entries("entityType=user&action=UPDATE&size=2").get("content");
		assertThat(change.get(1).get("actor").asString()).isEqualTo("system");
		assertThat(change.get(1).get("before").get("displayName").asString()).isEqualTo(original);
		assertThat(change.get(1).get("after").get("displayName").asString()).isEqualTo("Committed");
		assertThat(change.get(0).get("after").get("displayName").asString()).isEqualTo(original);
	}

	private Object reviewer() {
		return this.em.createQuery("select u from UserAccount u where u.username = 'reviewer'").getSingleResult();
	}

	private static void setDisplayName(Object user, String name) {
		try {
			Field f = user.getClass().getDeclaredField("displayName");
			f.setAccessible(true);
			f.set(user, name);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theApplicationRoleMayOnlyReadAndAppend() {
		assertThat(lastSeq()).isPositive();
		assertPermissionDenied(() -> this.jdbc.update("update audit_entry set actor = 'mallory' where seq = 1"));
		assertPermissionDenied(() -> this.jdbc.update("delete from audit_entry where seq = (select max(seq) from audit_entry)"));
		assertPermissionDenied(() -> this.jdbc.execute("truncate audit_entry"));
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	private static void assertPermissionDenied(Runnable statement) {
		assertThatThrownBy(statement::run).isInstanceOf(DataAccessException.class)
			.satisfies(ex -> assertThat(sqlState(ex)).isEqualTo("42501"))
			.rootCause().hasMessageContaining("permission denied for table audit_entry");
	}

	private static String sqlState(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException s) {
				return s.getSQLState();
			}
		}
		return null;
	}

	@Test
	void anEditBehindTheApplicationsBackIsFoundAtThatEntry() throws SQLException {
		assertThat(createToken(TestUsers.STAFF, "tamper-target").status()).isEqualTo(201);
		assertThat(verify().get("intact").asBoolean()).isTrue();
		long seq = this.jdbc.queryForObject("select max(seq) from audit_entry where entity_type = 'api-token' and action = 'CREATE'", Long.class);
		try (Connection owner = ownerConnection()) {
			String original = string(owner, "select after_json from audit_entry where seq = ?", seq);
			try {
				update(owner, "update audit_entry set after_json = ? where seq = ?", original.replace("tamper-target", "innocent"), seq);
				JsonNode answer = verify();
				assertThat(answer.get("intact").asBoolean()).isFalse();
				assertThat(answer.get("firstBrokenSeq").asLong()).isEqualTo(seq);
				assertThat(answer.get("reason").asString()).isEqualTo("hash mismatch");
				assertThat(answer.get("entries").asLong()).isEqualTo(lastSeq());

				// the page shows the same, in the user's language
				WebSession page = WebSession.as(TestUsers.AUDITOR, this.port);
				String html = page.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/audit/verify"))
					.header("HX-Request", "true").header("Accept-Language", "en").GET()).body();
				assertThat(html).contains("data-intact=\"false\"").contains("data-first-broken-seq=\"" + seq + "\"")
					.contains("edited after it was written").doesNotContain("<html");
			}
			finally {
				update(owner, "update audit_entry set after_json = ? where seq = ?", original, seq);
			}
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void aDeletedEntryBreaksTheChainWhereItWas() throws SQLException {
		for (int i = 0; i < 3; i++) {
			assertThat(createToken(TestUsers.STAFF, "delete-" + i).status()).isEqualTo(201);
		}
		long middle = lastSeq() - 1;
		try (Connection owner = ownerConnection()) {
			List<Object> row = new ArrayList<>();
			try (PreparedStatement ps = owner.prepareStatement("select * from audit_entry where seq = ?")) {
				ps.setLong(1, middle);
				try (ResultSet rs = ps.executeQuery()) {
					assertThat(rs.next()).isTrue();
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						row.add(rs.getObject(i));
					}
				}
			}
			try {
				update(owner, "delete from audit_entry where seq = ?", middle);
				JsonNode answer = verify();
				assertThat(answer.get("intact").asBoolean()).isFalse();
				assertThat(answer.get("firstBrokenSeq").asLong()).isEqualTo(middle + 1);
				assertThat(answer.get("reason").asString()).isIn("sequence gap", "chain broken");
			}
			finally {
				try (PreparedStatement ps = owner.prepareStatement("insert into audit_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
					for (int i = 0; i < row.size(); i++) {
						ps.setObject(i + 1, row.get(i));
					}
					ps.executeUpdate();
				}
			}
		}
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void concurrentChangesExtendOneChain() throws Exception {
		long before = lastSeq();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				TestUsers user = i % 2 == 0 ? TestUsers.STAFF : TestUsers.RESEARCHER;
				int n = i;
				results.add(pool.submit(() -> createToken(user, "race-" + n).status()));
			}
			for (Future<Integer> f : results) {
				assertThat(f.get()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(lastSeq()).isGreaterThanOrEqualTo(before + 12);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(lastSeq());
		assertThat(verify().get("intact").asBoolean()).isTrue();
	}

	@Test
	void thePageFiltersShowsChangesAndVerifiesInBothLanguages() {
		assertThat(createToken(TestUsers.STAFF, "page-token").status()).isEqualTo(201);
		WebSession admin = WebSession.as(TestUsers.ADMIN, this.port);
		WebSession.Page page = admin.get("/audit?entityType=api-token&actor=staff&action=CREATE");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Audit trail").contains("page-token").contains("<details").contains("[redacted]")
			.contains("Verify chain");
		assertThat(admin.get("/audit?actor=nobody-at-all").body()).contains("No entries match these filters.");
		assertThat(admin.get("/audit?from=not-a-date").body()).contains("aria-invalid=\"true\"").contains("is neither a date");
		assertThat(admin.get("/audit/verify").body()).contains("data-intact=\"true\"").contains("<html");

		admin.get("/locale?lang=zh-CN&back=/audit");
		WebSession.Page zh = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/audit")).GET());
		assertThat(zh.body()).contains("审计日志").contains("校验日志链");
	}

	private Connection ownerConnection() throws SQLException {
		return DriverManager.getConnection(this.env.getRequiredProperty("spring.flyway.url"),
				this.env.getRequiredProperty("spring.flyway.user"), this.env.getRequiredProperty("spring.flyway.password"));
	}

	private static String string(Connection c, String sql, long arg) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setLong(1, arg);
			try (ResultSet rs = ps.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return rs.getString(1);
			}
		}
	}

	private static void update(Connection c, String sql, Object... args) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			assertThat(ps.executeUpdate()).isEqualTo(1);
		}
	}

	private static <T> Iterable<T> iterable(java.util.Collection<T> c) {
		return c;
	}

}
