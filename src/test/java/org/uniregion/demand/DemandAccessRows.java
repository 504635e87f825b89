package org.uniregion.demand;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.search.CatalogCanaries;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.REVIEWER;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The demand module's rows: every demand endpoint and page with every role. Changes work on demands made for
 * the row and the user (of the demo enterprise's organization, in Wuxi), so that each writer's request finds
 * its own. Lists are checked for demands out of the caller's scope, and read whole (every page, the export, the
 * moderation queue) for the canaries ({@link DemandCanaries}): each user sees exactly those it may see.
 */
public class DemandAccessRows implements AccessMatrixRows {

	static final TestUsers[] READERS = { ADMIN, STAFF, AUDITOR, WUXI, ENTERPRISE };

	static final TestUsers[] WRITERS = { ADMIN, STAFF, WUXI, ENTERPRISE };

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		long enterpriseOrg = ctx.id("select organization_id from app_user where username = 'enterprise'");
		long wuxiDemand = ctx.id("select id from demand where demo and region_code = '320200' and organization_id is null order by id limit 1");
		long hebeiDemand = ctx.id("select id from demand where demo and region_code like '13%' order by id limit 1");
		long enterpriseDemand = ctx.id("select id from demand where demo and organization_id = ? order by id limit 1", enterpriseOrg);
		String a = "/api/v1/demands";
		List<Canary> canaries = DemandCanaries.all(ctx);
		List<Canary> submitted = DemandCanaries.withStatus(ctx, "SUBMITTED");
		List<Canary> awaitingModeration = DemandCanaries.awaitingModeration(ctx);
		return List.of(
				AccessRow.api("GET", a).path(a + "?size=100").allow(READERS).check((u, r) -> {
					checkList(ctx, u, r.json().get("content"));
					Canaries.assertSeesExactly(u, ctx.allApiPages(u, a + "?size=100"), canaries);
				}),
				AccessRow.api("GET", a).path(a + "?status=SUBMITTED&size=100").allow(READERS).check((u, r) -> {
					checkList(ctx, u, r.json().get("content"));
					Canaries.assertSeesExactly(u, ctx.allApiPages(u, a + "?status=SUBMITTED&size=100"), submitted);
				}),
				AccessRow.api("GET", a).path(a + "?q=" + Canary.PREFIX + "&size=100").allow(READERS)
					.check((u, r) -> Canaries.assertSeesExactly(u, ctx.allApiPages(u, a + "?q=" + Canary.PREFIX + "&size=100"),
							canaries)),
				// The export in the format the bulk rows leave out (they read the CSV)
				AccessRow.api("GET", a + "/export").path(a + "/export?format=xlsx").allow(READERS)
					.check((u, r) -> Canaries.assertSeesExactly(u, CatalogCanaries.xlsxText(r.bytes()), canaries)),
				AccessRow.api("POST", a).body(u -> demand("矩阵需求 " + u)).allow(WRITERS),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + wuxiDemand).allow(ADMIN, STAFF, AUDITOR, WUXI)
					.hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + hebeiDemand).allow(ADMIN, STAFF, AUDITOR)
					.hidden(WUXI, ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + enterpriseDemand).allow(READERS).hidden(RESEARCHER, REVIEWER),
				AccessRow.api("PUT", a + "/{id}").path(u -> a + "/" + fresh(ctx, enterpriseOrg, "OPEN"))
					.body(u -> withVersion0(demand("矩阵修改 " + u))).allow(WRITERS).deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.api("DELETE", a + "/{id}").path(u -> a + "/" + fresh(ctx, enterpriseOrg, "OPEN"))
					.allow(WRITERS).deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.api("POST", a + "/{id}/status").path(u -> a + "/" + fresh(ctx, enterpriseOrg, "OPEN") + "/status")
					.body(Map.of("to", "MATCHED", "version", 0)).allow(WRITERS).deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.api("POST", "/api/v1/public/demands").body(u -> demand("矩阵公众需求 " + u)).otherwise(Expect.ALLOW),
				// Pages
				AccessRow.page("GET", "/demands").path("/demands?size=100").allow(READERS).check((u, r) -> {
					checkPage(u, r.body());
					Canaries.assertSeesExactly(u, ctx.allHtmlPages(u, "/demands?size=100"), canaries);
				}),
				AccessRow.page("GET", "/demands/new").allow(WRITERS),
				AccessRow.page("POST", "/demands").body(u -> form("矩阵页面需求 " + u)).allow(WRITERS),
				AccessRow.page("GET", "/demands/{id}").path("/demands/" + wuxiDemand).allow(ADMIN, STAFF, AUDITOR, WUXI)
					.hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/demands/{id}").path("/demands/" + hebeiDemand).allow(ADMIN, STAFF, AUDITOR)
					.hidden(WUXI, ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/demands/{id}").path("/demands/" + enterpriseDemand).allow(READERS).hidden(RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/demands/{id}/edit").path("/demands/" + enterpriseDemand + "/edit").allow(WRITERS)
					.deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/demands/{id}").path(u -> "/demands/" + fresh(ctx, enterpriseOrg, "OPEN"))
					.body(u -> formWithVersion0(form("矩阵页面修改 " + u))).allow(WRITERS).deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/demands/{id}/delete").path(u -> "/demands/" + fresh(ctx, enterpriseOrg, "OPEN") + "/delete")
					.allow(WRITERS).deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/demands/{id}/status").path(u -> "/demands/" + fresh(ctx, enterpriseOrg, "OPEN") + "/status")
					.body(Map.of("to", "MATCHED", "version", "0")).allow(WRITERS).deny(AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/demands/moderation").path("/demands/moderation?size=100").allow(ADMIN, STAFF)
					.check((u, r) -> Canaries.assertSeesExactly(u, ctx.allHtmlPages(u, "/demands/moderation?size=100"),
							awaitingModeration)),
				AccessRow.page("POST", "/demands/moderation/{id}").path(u -> "/demands/moderation/" + freshSubmission(ctx))
					.body(Map.of("to", "OPEN", "version", "0")).allow(ADMIN, STAFF),
				AccessRow.page("GET", "/").otherwise(Expect.ALLOW).deny(TestUsers.ANONYMOUS)
					.check((u, r) -> checkHomePanel(ctx, u, r.body(), canaries)),
				AccessRow.page("GET", "/demand/submit").otherwise(Expect.ALLOW),
				AccessRow.page("POST", "/demand/submit").body(u -> form("矩阵页面公众需求 " + u)).otherwise(Expect.ALLOW));
	}

	static void checkList(MatrixContext ctx, TestUsers u, JsonNode content) {
		if (u == WUXI) {
			content.forEach(x -> assertThat(x.get("regionCode").asString()).startsWith("3202"));
		}
		if (u == ENTERPRISE) {
			long org = ctx.id("select organization_id from app_user where username = 'enterprise'");
			long user = ctx.id("select id from app_user where username = 'enterprise'");
			content.forEach(x -> assertThat(x.path("organizationId").asLong() == org || x.path("ownerId").asLong() == user)
				.as(x.toString()).isTrue());
		}
	}

	/**
	 * The home page's demands panel (for those who may read demands) counts what the list holds for the user,
	 * and the public submissions awaiting the office's moderation; it shows none of the canaries hidden from the
	 * user among the latest demands.
	 */
	static void checkHomePanel(MatrixContext ctx, TestUsers u, String html, List<Canary> canaries) {
		if (!List.of(READERS).contains(u)) {
			assertThat(html).doesNotContain("id=\"panel-demands\"");
			return;
		}
		String list = "/api/v1/demands?size=1";
		List<Long> counts = CatalogCanaries.numbers(CatalogCanaries.element(html, "demand-counts", "p"));
		assertThat(counts).as("the home page's demand counts as " + u).isEqualTo(List.of(
				CatalogCanaries.total(u, ctx.port(), list), CatalogCanaries.total(u, ctx.port(), list + "&status=OPEN")));
		if (u == ADMIN || u == STAFF) {
			long waiting = CatalogCanaries.total(u, ctx.port(), list + "&status=SUBMITTED&source=PUBLIC");
			assertThat(CatalogCanaries.numbers(CatalogCanaries.element(html, "demand-moderation", "span")))
				.as("public submissions awaiting moderation, on the home page of " + u).isEqualTo(List.of(waiting));
		}
		CatalogCanaries.assertShowsNoneHidden(u, CatalogCanaries.element(html, "panel-demands", "div"), canaries);
	}

	/** No other region's demo demands on the Wuxi partner's and the enterprise's list; none of the bureau's for the enterprise. */
	static void checkPage(TestUsers u, String html) {
		// The bureau sees its region only. An enterprise's scope is its organization and its own demands, which
		// may lie in any region: the canaries, not region codes, check it.
		if (u == WUXI) {
			assertThat(html).doesNotContain("130000").doesNotContain("130100").doesNotContain("530100")
				.doesNotContain("440100").doesNotContain("440300");
		}
		if (u == ENTERPRISE) {
			assertThat(html).doesNotContain("太湖蓝藻");
		}
	}

	static Map<String, Object> demand(String title) {
		Map<String, Object> m = new HashMap<>();
		m.put("title", title);
		m.put("text", "矩阵测试");
		m.put("regionCode", "320211");
		m.put("deadline", LocalDate.now().plusDays(30).toString());
		m.put("contactName", "矩阵");
		m.put("contactEmail", "matrix@example.com");
		return m;
	}

	static Map<String, Object> withVersion0(Map<String, Object> body) {
		body.put("version", 0);
		return body;
	}

	static Map<String, String> formWithVersion0(Map<String, String> form) {
		form.put("version", "0");
		return form;
	}

	static Map<String, String> form(String title) {
		Map<String, String> m = new HashMap<>();
		m.put("title", title);
		m.put("text", "矩阵页面测试");
		m.put("regionCode", "320211");
		m.put("contactName", "矩阵");
		m.put("contactEmail", "matrix@example.com");
		return m;
	}

	static long fresh(MatrixContext ctx, long organizationId, String status) {
		return ctx.id("insert into demand (title, text, region_code, contact_name, contact_email, source, organization_id, status) "
				+ "values ('矩阵测试需求', 'x', '320211', 'c', 'c@example.com', 'ENTERPRISE', ?, ?) returning id", organizationId, status);
	}

	static long freshSubmission(MatrixContext ctx) {
		return ctx.id("insert into demand (title, text, region_code, contact_name, contact_email, source, status) "
				+ "values ('矩阵公众提交', 'x', '320200', 'c', 'c@example.com', 'PUBLIC', 'SUBMITTED') returning id");
	}

}
