package org.uniregion.search;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.Words;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.search.SearchApiIntegrationTests.body;
import static org.uniregion.search.SearchApiIntegrationTests.count;
import static org.uniregion.search.SearchApiIntegrationTests.create;
import static org.uniregion.search.SearchApiIntegrationTests.facet;

/**
 * Facet counts kept from an earlier search ({@link FacetCache}) are exactly what counting again would give: the
 * next page shows the first page's counts, and every committed change (a new record, a changed one, a deleted
 * one) shows in the very next search's counts, whoever searched the same words before.
 */
@IntegrationTest
class FacetCacheIntegrationTests {

	@LocalServerPort
	int port;

	JsonNode search(String query) {
		ApiClient.Response r = ApiClient.as(TestUsers.STAFF, this.port).get("/api/v1/search?" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	@Test
	void countsFollowEveryCommittedChange() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String word = Words.unique();
		String q = "kind=results&size=1&q=" + word;
		long first = create(staff, "分面缓存 " + word, "摘要");
		long second = create(staff, "分面缓存 " + word + " 二", "摘要");
		JsonNode page1 = search(q);
		assertThat(count(facet(page1, "type"), "PATENT")).isEqualTo(2);
		assertThat(page1.get("page").get("totalElements").asLong()).isEqualTo(2);
		JsonNode page2 = search(q + "&page=1");
		assertThat(page2.get("facets")).isEqualTo(page1.get("facets"));

		// A new record with another type.
		Map<String, Object> software = body("分面缓存 " + word + " 三", "摘要");
		software.put("type", "SOFTWARE_COPYRIGHT");
		ApiClient.Response created = staff.post("/api/v1/results", software);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long third = created.json().get("id").asLong();
		JsonNode afterCreate = search(q);
		assertThat(count(facet(afterCreate, "type"), "PATENT")).isEqualTo(2);
		assertThat(count(facet(afterCreate, "type"), "SOFTWARE_COPYRIGHT")).isEqualTo(1);
		assertThat(afterCreate.get("page").get("totalElements").asLong()).isEqualTo(3);

		// A changed record: its readiness level moves.
		Map<String, Object> changed = body("分面缓存 " + word, "摘要");
		changed.put("trl", 7);
		changed.put("version", 0);
		assertThat(staff.put("/api/v1/results/" + first, changed).status()).isEqualTo(200);
		JsonNode afterChange = search(q);
		assertThat(count(facet(afterChange, "trl"), "7")).isEqualTo(1);
		assertThat(count(facet(afterChange, "trl"), "5")).isEqualTo(2);

		// Deleted records.
		assertThat(staff.delete("/api/v1/results/" + second).status()).isEqualTo(204);
		assertThat(staff.delete("/api/v1/results/" + third).status()).isEqualTo(204);
		JsonNode afterDelete = search(q + "&page=1");
		assertThat(count(facet(afterDelete, "type"), "PATENT")).isEqualTo(1);
		assertThat(count(facet(afterDelete, "type"), "SOFTWARE_COPYRIGHT")).isZero();
		assertThat(afterDelete.get("page").get("totalElements").asLong()).isEqualTo(1);
		assertThat(staff.delete("/api/v1/results/" + first).status()).isEqualTo(204);
		assertThat(search(q).get("page").get("totalElements").asLong()).isZero();
	}

}
