package org.uniregion.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.demand.DemandCanaries;
import org.uniregion.result.ResultCanaries;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.ANONYMOUS;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.REVIEWER;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The search module's rows. Every hit of a search is checked against the database's own answer to what the
 * caller may read: results by visibility and owner, demands by region, organization and owner. A search for the
 * canaries ({@link CatalogCanaries}), through the API and on both tabs of the page, must show the caller exactly
 * the canaries it may see, with facet counts that add up to its hits.
 */
public class SearchAccessRows implements AccessMatrixRows {

	static final TestUsers[] DEMAND_READERS = { ADMIN, STAFF, AUDITOR, WUXI, ENTERPRISE };

	/** The words that find every canary, and a page that holds them all. */
	static final String CANARIES = "&q=" + Canary.PREFIX + "&size=100";

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		String s = "/api/v1/search";
		List<Canary> results = ResultCanaries.all(ctx);
		List<Canary> demands = DemandCanaries.all(ctx);
		return List.of(
				AccessRow.api("GET", s).path(s + "?kind=results&size=100").otherwise(Expect.ALLOW)
					.check((u, res) -> assertThat(readableResults(ctx, u)).containsAll(ids(res.json()))),
				AccessRow.api("GET", s).path(s + "?kind=demands&size=100").allow(ADMIN, STAFF, AUDITOR, WUXI, ENTERPRISE)
					.deny(RESEARCHER, REVIEWER, ANONYMOUS)
					.check((u, res) -> assertThat(readableDemands(ctx, u)).containsAll(ids(res.json()))),
				AccessRow.api("GET", s).path(s + "?kind=results" + CANARIES).otherwise(Expect.ALLOW).check((u, res) -> {
					Canaries.assertSeesExactly(u, ctx.allApiPages(u, s + "?kind=results" + CANARIES), results);
					CatalogCanaries.assertFacetsCountHits(res.json(), "visibility");
				}),
				AccessRow.api("GET", s).path(s + "?kind=demands" + CANARIES).allow(DEMAND_READERS)
					.deny(RESEARCHER, REVIEWER, ANONYMOUS).check((u, res) -> {
						Canaries.assertSeesExactly(u, ctx.allApiPages(u, s + "?kind=demands" + CANARIES), demands);
						CatalogCanaries.assertFacetsCountHits(res.json(), "status");
						CatalogCanaries.assertFacetsCountHits(res.json(), "province");
					}),
				AccessRow.api("GET", s + "/catalogs").otherwise(Expect.ALLOW),
				AccessRow.api("GET", s + "/index").allow(ADMIN).otherwise(Expect.DENY),
				AccessRow.api("POST", s + "/index/rebuild").body(Map.of()).allow(ADMIN).otherwise(Expect.DENY)
					.check((u, res) -> SearchApiIntegrationTests.awaitRebuilt(ctx.port())),
				AccessRow.page("GET", "/search").path("/search?size=100").otherwise(Expect.ALLOW).deny(ANONYMOUS),
				AccessRow.page("GET", "/search").path("/search?kind=results" + CANARIES).otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> Canaries.assertSeesExactly(u,
							CatalogCanaries.withoutHighlights(ctx.allHtmlPages(u, "/search?kind=results" + CANARIES)), results)),
				AccessRow.page("GET", "/search").path("/search?kind=demands" + CANARIES).allow(DEMAND_READERS)
					.deny(RESEARCHER, REVIEWER, ANONYMOUS)
					.check((u, res) -> Canaries.assertSeesExactly(u,
							CatalogCanaries.withoutHighlights(ctx.allHtmlPages(u, "/search?kind=demands" + CANARIES)), demands)),
				AccessRow.page("GET", "/admin/search").allow(ADMIN).otherwise(Expect.DENY),
				AccessRow.page("POST", "/admin/search/rebuild").body(Map.of()).allow(ADMIN).otherwise(Expect.DENY)
					.check((u, res) -> SearchApiIntegrationTests.awaitRebuilt(ctx.port())));
	}

	static Set<Long> ids(JsonNode answer) {
		Set<Long> ids = new HashSet<>();
		answer.get("content").forEach(h -> ids.add(h.get("id").asLong()));
		return ids;
	}

	static Set<Long> readableResults(MatrixContext ctx, TestUsers u) {
		if (u == ADMIN || u == STAFF || u == AUDITOR) {
			return new HashSet<>(ctx.jdbc().queryForList("select id from research_result", Long.class));
		}
		if (u == RESEARCHER) {
			return new HashSet<>(ctx.jdbc().queryForList("select id from research_result where visibility in "
					+ "('INTERNAL', 'PUBLISHED') or owner_id = (select id from app_user where username = 'researcher')",
					Long.class));
		}
		return new HashSet<>(ctx.jdbc().queryForList("select id from research_result where visibility = 'PUBLISHED'",
				Long.class));
	}

	static Set<Long> readableDemands(MatrixContext ctx, TestUsers u) {
		if (u == WUXI) {
			return new HashSet<>(ctx.jdbc().queryForList("select id from demand where region_code like '3202%'", Long.class));
		}
		if (u == ENTERPRISE) {
			return new HashSet<>(ctx.jdbc().queryForList("select d.id from demand d, app_user a where a.username = "
					+ "'enterprise' and (d.organization_id = a.organization_id or d.owner_id = a.id)", Long.class));
		}
		return new HashSet<>(ctx.jdbc().queryForList("select id from demand", Long.class));
	}

}
