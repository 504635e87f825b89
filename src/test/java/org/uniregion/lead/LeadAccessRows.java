package org.uniregion.lead;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.STAFF;

/**
 * The lead module's rows. Everyone (anonymous included) may express interest in a published result, nobody in
 * a draft (404). Leads: the office and the auditor read all, the researcher the leads on its own results (a
 * lead on an office-owned result is hidden from it), everyone else nothing (403, anonymous 401 / login); only
 * the office changes their status. The lists are read to their last page and must show exactly the
 * {@link LeadCanaries} the caller may see.
 */
public class LeadAccessRows implements AccessMatrixRows {

	static final TestUsers[] READERS = { ADMIN, STAFF, AUDITOR, RESEARCHER };

	static final TestUsers[] OFFICE = { ADMIN, STAFF };

	private static final Pattern OWNER = Pattern.compile("\"resultOwnerId\":\\s*(\\w+)");

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		long published = ctx.id("select min(id) from research_result where demo and source is null and visibility = 'PUBLISHED'");
		long draft = ctx.id("select min(id) from research_result where demo and visibility = 'DRAFT'");
		long catalog = ctx.id("select min(id) from research_result where source = 'NASA'");
		long researcherId = ctx.id("select id from app_user where username = 'researcher'");
		List<Canary> canaries = LeadCanaries.planted(ctx);
		long own = lead(ctx, published);
		long office = lead(ctx, catalog);
		String i = "/api/v1/public/results/{id}/interest";
		String l = "/api/v1/leads";
		Map<String, String> form = Map.of("name", "矩阵访客", "organization", "矩阵公司", "email", "matrix@example.com",
				"message", "矩阵测试留言");
		return List.of(
				AccessRow.api("POST", i).path("/api/v1/public/results/" + published + "/interest").body(form).otherwise(Expect.ALLOW),
				AccessRow.api("POST", i).path("/api/v1/public/results/" + draft + "/interest").body(form).otherwise(Expect.HIDDEN),
				AccessRow.api("GET", l).path(l + "?size=5").allow(READERS).otherwise(Expect.DENY).check((u, res) -> {
					String all = ctx.allApiPages(u, l + "?size=5");
					Canaries.assertSeesExactly(u, all, canaries);
					ownOnly(u, all, researcherId);
				}),
				AccessRow.api("GET", l + "/{id}").path(l + "/" + own).allow(READERS).otherwise(Expect.DENY),
				AccessRow.api("GET", l + "/{id}").path(l + "/" + office).allow(ADMIN, STAFF, AUDITOR).hidden(RESEARCHER)
					.otherwise(Expect.DENY),
				AccessRow.api("POST", l + "/{id}/status").path(u -> l + "/" + lead(ctx, published) + "/status")
					.body(Map.of("to", "CONTACTED", "version", 0)).allow(OFFICE).otherwise(Expect.DENY),
				// Pages
				AccessRow.page("GET", "/catalog/{id}/interest").path("/catalog/" + published + "/interest").otherwise(Expect.ALLOW),
				AccessRow.page("GET", "/catalog/{id}/interest").path("/catalog/" + draft + "/interest").otherwise(Expect.HIDDEN),
				AccessRow.page("POST", "/catalog/{id}/interest").path("/catalog/" + published + "/interest").body(form)
					.otherwise(Expect.ALLOW),
				AccessRow.page("POST", "/catalog/{id}/interest").path("/catalog/" + draft + "/interest").body(form)
					.otherwise(Expect.HIDDEN),
				AccessRow.page("GET", "/catalog/{id}/interest/sent").path("/catalog/" + published + "/interest/sent")
					.otherwise(Expect.ALLOW),
				AccessRow.page("GET", "/leads").path("/leads?size=5").allow(READERS).otherwise(Expect.DENY)
					.check((u, res) -> Canaries.assertSeesExactly(u, ctx.allHtmlPages(u, "/leads?size=5"),
							canaries)),
				AccessRow.page("GET", "/leads/{id}").path("/leads/" + own).allow(READERS).otherwise(Expect.DENY),
				AccessRow.page("GET", "/leads/{id}").path("/leads/" + office).allow(ADMIN, STAFF, AUDITOR).hidden(RESEARCHER)
					.otherwise(Expect.DENY),
				AccessRow.page("POST", "/leads/{id}/status").path(u -> "/leads/" + lead(ctx, published) + "/status")
					.body(Map.of("to", "CONTACTED", "version", "0")).allow(OFFICE).otherwise(Expect.DENY));
	}

	/** A new lead on {@code resultId}, stored directly. */
	static long lead(MatrixContext ctx, long resultId) {
		return ctx.id("insert into lead (result_id, result_title, result_owner_id, name, organization, email, message, status) "
				+ "select id, title, owner_id, '矩阵访客', '矩阵公司', 'matrix@example.com', '矩阵测试', 'NEW' "
				+ "from research_result where id = ? returning id", resultId);
	}

	/** The researcher's leads, every page of them, are all on its own results. */
	static void ownOnly(TestUsers u, String allPages, long researcherId) {
		if (u == RESEARCHER) {
			Matcher owner = OWNER.matcher(allPages);
			int leads = 0;
			while (owner.find()) {
				assertThat(owner.group(1)).as("a lead's result owner").isEqualTo(String.valueOf(researcherId));
				leads++;
			}
			assertThat(leads).isPositive();
		}
	}

}
