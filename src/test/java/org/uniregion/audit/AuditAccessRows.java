package org.uniregion.audit;

import java.util.List;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.partner.PartnerCanaries;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail is for administrators and auditors only: everyone else is denied, every endpoint and page.
 * The partner canaries, made through the API, are in the trail: the entries of organizations and of
 * agreements, read to their last page, must name every one of them.
 */
public class AuditAccessRows implements AccessMatrixRows {

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		List<Canary> organizations = inTrail(PartnerCanaries.organizations(ctx));
		List<Canary> agreements = inTrail(PartnerCanaries.agreements(ctx));
		String api = "/api/v1/audit";
		return List.of(
				AccessRow.api("GET", api).path(api + "?size=5").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.json().path("page").path("totalElements").asLong()).isPositive()),
				AccessRow.api("GET", api).path(api + "?entityType=organization&size=100").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> Canaries.assertSeesExactly(u, ctx.allApiPages(u, api + "?entityType=organization&size=100"),
							organizations)),
				AccessRow.api("GET", api).path(api + "?entityType=agreement&size=100").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> Canaries.assertSeesExactly(u, ctx.allApiPages(u, api + "?entityType=agreement&size=100"),
							agreements)),
				AccessRow.api("GET", "/api/v1/audit/verify").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.json().path("entries").asLong()).isPositive()),
				AccessRow.page("GET", "/audit").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.body()).contains("entry-")),
				AccessRow.page("GET", "/audit").path("/audit?entityType=organization").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> Canaries.assertSeesExactly(u, ctx.allHtmlPages(u, "/audit?entityType=organization"),
							organizations)),
				AccessRow.page("GET", "/audit/verify").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.body()).contains("verify-result")));
	}

	/** The trail holds every change of every record, for those who may read it at all. */
	private static List<Canary> inTrail(List<Canary> canaries) {
		return canaries.stream().map(c -> Canary.of(c.name(), TestUsers.ADMIN, TestUsers.AUDITOR)).toList();
	}

}
