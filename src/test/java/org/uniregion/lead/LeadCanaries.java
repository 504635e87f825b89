package org.uniregion.lead;

import java.util.List;

import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;

import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.STAFF;

/**
 * The lead module's canaries: a lead on a result of the demo researcher, which the office, the auditor and
 * the researcher must see, and one on a result of another owner, which only the office and the auditor may
 * see. The visitor's name is the canary's (lists show it). Stored directly, as the rows' own leads are; found
 * again by name when the rows are built again.
 */
public final class LeadCanaries {

	static final String OWN = Canary.PREFIX + "-lead-researcherown";

	static final String OTHER = Canary.PREFIX + "-lead-otherowner";

	private LeadCanaries() {
	}

	public static synchronized List<Canary> planted(MatrixContext ctx) {
		long researcher = ctx.id("select id from app_user where username = 'researcher'");
		plant(ctx, OWN, ctx.id("select min(id) from research_result where owner_id = ?", researcher));
		plant(ctx, OTHER, ctx.id("select min(id) from research_result where owner_id is distinct from ?", researcher));
		return List.of(Canary.of(OWN, ADMIN, STAFF, AUDITOR, RESEARCHER), Canary.of(OTHER, ADMIN, STAFF, AUDITOR));
	}

	private static void plant(MatrixContext ctx, String name, long resultId) {
		if (ctx.jdbc().queryForList("select id from lead where name = ?", Long.class, name).isEmpty()) {
			ctx.jdbc().update("insert into lead (result_id, result_title, result_owner_id, name, organization, email, message, status) "
					+ "select id, title, owner_id, ?, '矩阵公司', 'canary@example.com', '矩阵测试', 'NEW' from research_result where id = ?",
					name, resultId);
		}
	}

}
