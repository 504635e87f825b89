package org.uniregion.result;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.search.SearchRequest;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search of research results obeys the visibility rule on every hit, and the index holds only committed
 * changes.
 */
@IntegrationTest
class ResultSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ResultService results;

	@Autowired
	ResultSearch search;

	@Autowired
	TransactionTemplate tx;

	@BeforeEach
	void otherResearcher() {
		ResultFixtures.ensureOtherResearcher(this.jdbc, this.encoder);
	}

	@Test
	void aDraftNeverAppearsToAnotherResearcherNorToOutsiders() {
		String word = Words.unique();
		ApiClient researcher = ApiClient.as(TestUsers.RESEARCHER, this.port);
		ApiClient.Response created = researcher.post("/api/v1/results", ResultFixtures.body("草稿检索 " + word));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long draft = created.json().get("id").asLong();

		String query = "/api/v1/search?kind=results&q=" + word;
		assertThat(hits(researcher.get(query).json())).containsExactly(draft);
		assertThat(hits(ApiClient.as(TestUsers.STAFF, this.port).get(query).json())).containsExactly(draft);
		assertThat(hits(ApiClient.as(TestUsers.AUDITOR, this.port).get(query).json())).containsExactly(draft);
		String token = ResultFixtures.otherResearcherToken(this.port);
		assertThat(hits(ResultFixtures.asOther(this.port, token, "GET", query, null).json())).isEmpty();
		for (TestUsers outsider : new TestUsers[] { TestUsers.ENTERPRISE, TestUsers.WUXI, TestUsers.REVIEWER,
				TestUsers.ANONYMOUS }) {
			assertThat(hits(ApiClient.as(outsider, this.port).get(query).json())).as(outsider.name()).isEmpty();
		}

		// Made internal, the other researcher finds it; outsiders still do not.
		assertThat(researcher.post("/api/v1/results/" + draft + "/visibility", Map.of("to", "INTERNAL", "version", 0))
			.status()).isEqualTo(200);
		assertThat(hits(ResultFixtures.asOther(this.port, token, "GET", query, null).json())).containsExactly(draft);
		assertThat(hits(ApiClient.as(TestUsers.ENTERPRISE, this.port).get(query).json())).isEmpty();
	}

	@Test
	void aRolledBackChangeNeverReachesTheIndex() {
		String word = Words.unique();
		Long staffId = this.jdbc.queryForObject("select id from app_user where username = 'staff'", Long.class);
		Caller staff = new Caller(staffId, "staff", Role.STAFF, null, null);
		assertThatThrownBy(() -> this.tx.executeWithoutResult(status -> {
			this.results.create(staff, SaveResultFixture.of("回滚测试 " + word));
			throw new IllegalStateException("the caller's transaction fails after the save");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from research_result where title like ?", Long.class,
				"%" + word)).isZero();
		SearchRequest request = new SearchRequest(word, Map.of(), null, 0, 10);
		assertThat(this.search.search(staff, request, Locale.CHINA).content()).isEmpty();

		this.tx.executeWithoutResult(status -> this.results.create(staff, SaveResultFixture.of("提交测试 " + word)));
		assertThat(this.search.search(staff, request, Locale.CHINA).content()).hasSize(1);
	}

	static Set<Long> hits(JsonNode answer) {
		Set<Long> ids = new HashSet<>();
		answer.get("content").forEach(h -> ids.add(h.get("id").asLong()));
		return ids;
	}

}
