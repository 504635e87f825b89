package org.uniregion.result;

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
import static org.uniregion.support.TestUsers.ANONYMOUS;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.REVIEWER;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The result module's rows: every research result endpoint and page, and the public catalog, with every
 * role. Changes work on a fresh draft of the demo researcher per request. Lists are checked against the
 * visibility rule: the office and the auditor see all; the researcher its own plus internal and published
 * results; everyone else (anonymous in the catalog) only published ones. Lists, the catalog and the export are
 * also read whole for the canaries ({@link ResultCanaries}): each user sees exactly those it may see.
 */
public class ResultAccessRows implements AccessMatrixRows {

	/** Everyone who may read the draft of the demo researcher. */
	static final TestUsers[] DRAFT_READERS = { ADMIN, STAFF, AUDITOR, RESEARCHER };

	static final TestUsers[] WRITERS = { ADMIN, STAFF, RESEARCHER };

	static final TestUsers[] OUTSIDERS = { WUXI, ENTERPRISE, REVIEWER };

	/** The query of a whole list of the canaries (they all hold the word, one page holds them all). */
	static final String CANARIES = "?q=" + Canary.PREFIX + "&size=100";

	static final String DRAFT_TITLE = "演示：风力发电机组叶片健康监测（草稿）";

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		long draft = ctx.id("select id from research_result where demo and visibility = 'DRAFT' and title = ?", DRAFT_TITLE);
		long published = ctx.id("select min(id) from research_result where demo and visibility = 'PUBLISHED'");
		long researcherId = ctx.id("select id from app_user where username = 'researcher'");
		String r = "/api/v1/results";
		String c = "/api/v1/catalog/results";
		List<Canary> canaries = ResultCanaries.all(ctx);
		List<Canary> drafts = ResultCanaries.withVisibility(ctx, "DRAFT");
		return List.of(
				AccessRow.api("GET", r).otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> checkList(u, res.json().get("content"), researcherId)),
				AccessRow.api("GET", r).path(r + "?visibility=DRAFT&size=100").otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> {
						checkList(u, res.json().get("content"), researcherId);
						Canaries.assertSeesExactly(u, ctx.allApiPages(u, r + "?visibility=DRAFT&size=100"), drafts);
					}),
				AccessRow.api("GET", r).path(r + CANARIES).otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> Canaries.assertSeesExactly(u, ctx.allApiPages(u, r + CANARIES), canaries)),
				AccessRow.api("POST", r).body(body("矩阵测试成果")).allow(WRITERS),
				AccessRow.api("GET", r + "/{id}").path(r + "/" + draft).allow(DRAFT_READERS).hidden(OUTSIDERS),
				AccessRow.api("GET", r + "/{id}").path(r + "/" + published).otherwise(Expect.ALLOW).deny(ANONYMOUS),
				AccessRow.api("PUT", r + "/{id}").path(u -> r + "/" + freshDraft(ctx)).body(withVersion0(body("矩阵修改成果")))
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.api("DELETE", r + "/{id}").path(u -> r + "/" + freshDraft(ctx))
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.api("POST", r + "/{id}/visibility").path(u -> r + "/" + freshDraft(ctx) + "/visibility")
					.body(Map.of("to", "INTERNAL", "version", 0))
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.api("GET", c).path(c + "?size=100").otherwise(Expect.ALLOW)
					.check((u, res) -> onlyPublished(res.json().get("content"))),
				// The public catalog shows what an anonymous visitor sees, whoever asks.
				AccessRow.api("GET", c).path(c + CANARIES).otherwise(Expect.ALLOW)
					.check((u, res) -> Canaries.assertSeesExactly(ANONYMOUS, ctx.allApiPages(u, c + CANARIES), canaries)),
				AccessRow.api("GET", c + "/{id}").path(c + "/" + published).otherwise(Expect.ALLOW),
				AccessRow.api("GET", c + "/{id}").path(c + "/" + draft).otherwise(Expect.HIDDEN),
				// The export in the format the bulk rows leave out (they read the XLSX)
				AccessRow.api("GET", "/api/v1/results/export").path("/api/v1/results/export?format=csv&q=" + Canary.PREFIX)
					.otherwise(Expect.ALLOW).deny(ANONYMOUS).check((u, res) -> Canaries.assertSeesExactly(u, res.body(), canaries)),
				// Pages
				AccessRow.page("GET", "/results").path("/results?size=100&q=%E6%BC%94%E7%A4%BA").otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> checkPage(u, res.body())),
				AccessRow.page("GET", "/results").path("/results" + CANARIES).otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> Canaries.assertSeesExactly(u, ctx.allHtmlPages(u, "/results" + CANARIES), canaries)),
				AccessRow.page("GET", "/results/new").allow(WRITERS),
				AccessRow.page("POST", "/results").body(form("矩阵页面成果")).allow(WRITERS),
				AccessRow.page("GET", "/results/{id}").path("/results/" + draft).allow(DRAFT_READERS).hidden(OUTSIDERS),
				AccessRow.page("GET", "/results/{id}").path("/results/" + published).otherwise(Expect.ALLOW).deny(ANONYMOUS),
				AccessRow.page("GET", "/results/{id}/edit").path("/results/" + draft + "/edit")
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.page("POST", "/results/{id}").path(u -> "/results/" + freshDraft(ctx)).body(withVersion0Form(form("矩阵页面修改")))
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.page("POST", "/results/{id}/delete").path(u -> "/results/" + freshDraft(ctx) + "/delete")
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.page("POST", "/results/{id}/visibility").path(u -> "/results/" + freshDraft(ctx) + "/visibility")
					.body(Map.of("to", "INTERNAL", "version", "0"))
					.allow(WRITERS).deny(AUDITOR).hidden(OUTSIDERS),
				AccessRow.page("GET", "/catalog").path("/catalog?size=100").otherwise(Expect.ALLOW)
					.check((u, res) -> assertThat(res.body()).doesNotContain(DRAFT_TITLE).doesNotContain("（已撤回）")),
				AccessRow.page("GET", "/catalog").path("/catalog" + CANARIES).otherwise(Expect.ALLOW)
					.check((u, res) -> Canaries.assertSeesExactly(ANONYMOUS,
							CatalogCanaries.withoutHighlights(ctx.allHtmlPages(u, "/catalog" + CANARIES)), canaries)),
				AccessRow.page("GET", "/").otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, res) -> checkHomePanel(ctx, u, res.body(), canaries)),
				AccessRow.page("GET", "/catalog/{id}").path("/catalog/" + published).otherwise(Expect.ALLOW),
				AccessRow.page("GET", "/catalog/{id}").path("/catalog/" + draft).otherwise(Expect.HIDDEN));
	}

	/** The visibility rule, per user, on a list of results. */
	static void checkList(TestUsers u, JsonNode content, long researcherId) {
		if (u == ADMIN || u == STAFF || u == AUDITOR) {
			return;
		}
		if (u == RESEARCHER) {
			content.forEach(x -> {
				String v = x.get("visibility").asString();
				if (!v.equals("INTERNAL") && !v.equals("PUBLISHED")) {
					assertThat(x.get("ownerId").asLong()).isEqualTo(researcherId);
				}
			});
			return;
		}
		onlyPublished(content);
	}

	/**
	 * The home page's results panel counts what the list holds for the user (a researcher's: its own), and
	 * shows none of the canaries hidden from the user among the latest results.
	 */
	static void checkHomePanel(MatrixContext ctx, TestUsers u, String html, List<Canary> canaries) {
		String list = "/api/v1/results?size=1" + (u == RESEARCHER ? "&owner=me" : "");
		long all = CatalogCanaries.total(u, ctx.port(), list);
		long published = CatalogCanaries.total(u, ctx.port(), list + "&visibility=PUBLISHED");
		List<Long> counts = CatalogCanaries.numbers(CatalogCanaries.element(html, "result-counts", "p"));
		assertThat(counts).as("the home page's result counts as " + u)
			.isEqualTo(all == published && u != RESEARCHER ? List.of(all) : List.of(all, published));
		CatalogCanaries.assertShowsNoneHidden(u, CatalogCanaries.element(html, "panel-results", "div"), canaries);
	}

	static void onlyPublished(JsonNode content) {
		content.forEach(x -> assertThat(x.get("visibility").asString()).isEqualTo("PUBLISHED"));
	}

	static void checkPage(TestUsers u, String html) {
		if (u == WUXI || u == ENTERPRISE || u == REVIEWER) {
			assertThat(html).doesNotContain(DRAFT_TITLE).doesNotContain("（已撤回）").doesNotContain("医学影像辅助诊断");
		}
		else {
			assertThat(html).contains("医学影像辅助诊断");
		}
	}

	static Map<String, Object> body(String title) {
		Map<String, Object> m = new HashMap<>();
		m.put("type", "SOFTWARE_COPYRIGHT");
		m.put("title", title);
		m.put("keywords", List.of("矩阵"));
		m.put("ipcClasses", List.of("G06F"));
		m.put("industries", List.of("6513"));
		return m;
	}

	static Map<String, Object> withVersion0(Map<String, Object> body) {
		body.put("version", 0);
		return body;
	}

	static Map<String, String> form(String title) {
		Map<String, String> m = new HashMap<>();
		m.put("type", "PATENT");
		m.put("title", title);
		m.put("keywords", "矩阵, 测试");
		m.put("ipcClasses", "G06F16/35");
		m.put("industries", "6513");
		m.put("language", "zh");
		return m;
	}

	static Map<String, String> withVersion0Form(Map<String, String> form) {
		form.put("version", "0");
		return form;
	}

	static long freshDraft(MatrixContext ctx) {
		return ctx.id("insert into research_result (type, title, language, owner_id, owner_name, visibility) "
				+ "select 'PATENT', '矩阵测试草稿', 'zh', id, username, 'DRAFT' from app_user where username = 'researcher' returning id");
	}

}
