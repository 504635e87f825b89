package org.uniregion.bulk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.demand.DemandCanaries;
import org.uniregion.result.ResultCanaries;
import org.uniregion.search.CatalogCanaries;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.REVIEWER;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The bulk module's rows. Jobs for reading, committing and discarding are inserted for the row, owned by the
 * demo enterprise: only it and the office see them; an enterprise never sees another user's job. The job lists
 * are read to their last page and must show exactly the {@link ImportCanaries} the caller may see.
 */
public class BulkAccessRows implements AccessMatrixRows {

	static final TestUsers[] IMPORTERS = { ADMIN, STAFF, RESEARCHER, WUXI, ENTERPRISE };

	private static final Pattern OWNER = Pattern.compile("\"ownerUsername\":\\s*\"([^\"]*)\"");

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		long enterprise = ctx.id("select id from app_user where username = 'enterprise'");
		List<Canary> canaries = ImportCanaries.planted(ctx);
		long job = job(ctx, enterprise, "INVALID");
		String a = "/api/v1/imports";
		String csv = "type,title\nOTHER,矩阵导入\n";
		Map<String, Object> upload = Map.of("kind", "RESULTS", "fileName", "m.csv", "content",
				Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)));
		return List.of(
				AccessRow.api("POST", a).body(upload).allow(ADMIN, STAFF, RESEARCHER).otherwise(Expect.DENY),
				AccessRow.api("GET", a).path(a + "?size=5").allow(IMPORTERS).otherwise(Expect.DENY).check((u, r) -> {
					String all = ctx.allApiPages(u, a + "?size=5");
					Canaries.assertSeesExactly(u, all, canaries);
					if (u != ADMIN && u != STAFF) {
						assertThat(OWNER.matcher(all).results().map(m -> m.group(1))).isNotEmpty().containsOnly(u.username());
					}
				}),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + job).allow(ADMIN, STAFF, ENTERPRISE)
					.hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.api("GET", a + "/{id}/report").path(a + "/" + job + "/report").allow(ADMIN, STAFF, ENTERPRISE)
					.hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.api("POST", a + "/{id}/commit").path(u -> a + "/" + job(ctx, enterprise, "VALID") + "/commit")
					.allow(ADMIN, STAFF, ENTERPRISE).hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.api("DELETE", a + "/{id}").path(u -> a + "/" + job(ctx, enterprise, "INVALID"))
					.allow(ADMIN, STAFF, ENTERPRISE).hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.api("GET", a + "/templates/{kind}").path(a + "/templates/RESULTS?lang=zh").allow(IMPORTERS)
					.allow(AUDITOR, REVIEWER),
				AccessRow.api("GET", "/api/v1/results/export").path("/api/v1/results/export?format=xlsx&q=" + Canary.PREFIX)
					.allow(ADMIN, STAFF, AUDITOR, RESEARCHER, WUXI, ENTERPRISE, REVIEWER).otherwise(Expect.DENY)
					.check((u, r) -> Canaries.assertSeesExactly(u, CatalogCanaries.xlsxText(r.bytes()), ResultCanaries.all(ctx))),
				AccessRow.api("GET", "/api/v1/demands/export").path("/api/v1/demands/export?format=csv")
					.allow(ADMIN, STAFF, AUDITOR, WUXI, ENTERPRISE).otherwise(Expect.DENY)
					.check((u, r) -> Canaries.assertSeesExactly(u, r.body(), DemandCanaries.all(ctx))),
				// Pages
				AccessRow.page("GET", "/imports").allow(IMPORTERS).otherwise(Expect.DENY)
					.check((u, r) -> {
						assertThat(r.body()).contains("type=\"file\"");
						Canaries.assertSeesExactly(u, ctx.allHtmlPages(u, "/imports"), canaries);
					}),
				AccessRow.page("POST", "/imports").body(Map.of("kind", "RESULTS")).allow(ADMIN, STAFF, RESEARCHER)
					.otherwise(Expect.DENY),
				AccessRow.page("GET", "/imports/{id}").path("/imports/" + job).allow(ADMIN, STAFF, ENTERPRISE)
					.hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.page("GET", "/imports/{id}/progress").path("/imports/" + job + "/progress")
					.allow(ADMIN, STAFF, ENTERPRISE).hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.page("POST", "/imports/{id}/commit").path(u -> "/imports/" + job(ctx, enterprise, "VALID") + "/commit")
					.allow(ADMIN, STAFF, ENTERPRISE).hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER),
				AccessRow.page("POST", "/imports/{id}/discard").path(u -> "/imports/" + job(ctx, enterprise, "INVALID") + "/discard")
					.allow(ADMIN, STAFF, ENTERPRISE).hidden(RESEARCHER, WUXI, AUDITOR, REVIEWER));
	}

	static long job(MatrixContext ctx, long owner, String status) {
		return ctx.id("insert into import_job (kind, file_name, format, status, total_rows, owner_id, owner_username, owner_role, content) "
				+ "values ('RESULTS', 'matrix.csv', 'CSV', ?, 1, ?, 'enterprise', 'ENTERPRISE', ?) returning id", status, owner,
				"type,title\n".getBytes(StandardCharsets.UTF_8));
	}

}
