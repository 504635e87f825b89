package org.uniregion.bulk;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.support.TestUsers;

import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The bulk module's canaries: one finished (invalid) import job per owner — the enterprise, the researcher,
 * the Wuxi bureau and staff — named {@code CANARY-import-<owner>.csv}. The office sees every job, every other
 * importer only its own. Stored directly, as the rows' own jobs are; found again by name.
 */
public final class ImportCanaries {

	private static final List<TestUsers> OWNERS = List.of(ENTERPRISE, RESEARCHER, WUXI, STAFF);

	private ImportCanaries() {
	}

	public static synchronized List<Canary> planted(MatrixContext ctx) {
		return OWNERS.stream().map(owner -> {
			String name = Canary.PREFIX + "-import-" + owner.username();
			if (ctx.jdbc().queryForList("select id from import_job where file_name = ?", Long.class, name + ".csv").isEmpty()) {
				ctx.jdbc().update("insert into import_job (kind, file_name, format, status, total_rows, owner_id, owner_username, "
						+ "owner_role, owner_region_code, owner_organization_id, content) "
						+ "select 'RESULTS', ?, 'CSV', 'INVALID', 1, id, username, role, region_code, organization_id, ? "
						+ "from app_user where username = ?", name + ".csv", "type,title\n".getBytes(StandardCharsets.UTF_8),
						owner.username());
			}
			return owner == STAFF ? Canary.of(name, ADMIN, STAFF) : Canary.of(name, ADMIN, STAFF, owner);
		}).toList();
	}

}
