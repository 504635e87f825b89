package org.uniregion.audit;

import java.util.List;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail is for administrators and auditors only: everyone else is denied, every endpoint and page.
 */
public class AuditAccessRows implements AccessMatrixRows {

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		return List.of(
				AccessRow.api("GET", "/api/v1/audit").path("/api/v1/audit?size=5").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.json().path("page").path("totalElements").asLong()).isPositive()),
				AccessRow.api("GET", "/api/v1/audit/verify").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.json().path("entries").asLong()).isPositive()),
				AccessRow.page("GET", "/audit").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.body()).contains("entry-")),
				AccessRow.page("GET", "/audit/verify").allow(TestUsers.ADMIN, TestUsers.AUDITOR)
					.check((u, r) -> assertThat(r.body()).contains("verify-result")));
	}

}
