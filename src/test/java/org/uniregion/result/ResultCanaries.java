package org.uniregion.result;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.search.CatalogCanaries;
import org.uniregion.support.TestUsers;

import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.STAFF;

/**
 * The research results planted for the authorization matrix: one per owner (the demo researcher, and the
 * office's officer) and visibility, named {@code CANARY-result-<owner>_<visibility>}. Who must see each is
 * written out from the product's rules, not asked of the access policy: the office and the auditor see every
 * result; the researcher its own and everyone's internal and published ones; the region partner, the
 * enterprise, the reviewer and the public the published ones only.
 */
public final class ResultCanaries {

	/** A planted result: its canary, its owner's user name and its visibility. */
	record Planted(Canary canary, String owner, String visibility) {
	}

	static final List<Planted> PLANTED = List.of(
			planted("researcher", "DRAFT", ADMIN, STAFF, AUDITOR, RESEARCHER),
			planted("researcher", "INTERNAL", ADMIN, STAFF, AUDITOR, RESEARCHER),
			planted("researcher", "PUBLISHED", TestUsers.values()),
			planted("researcher", "WITHDRAWN", ADMIN, STAFF, AUDITOR, RESEARCHER),
			planted("staff", "DRAFT", ADMIN, STAFF, AUDITOR),
			planted("staff", "INTERNAL", ADMIN, STAFF, AUDITOR, RESEARCHER),
			planted("staff", "PUBLISHED", TestUsers.values()),
			planted("staff", "WITHDRAWN", ADMIN, STAFF, AUDITOR));

	/** The names of all of them. */
	public static final Set<String> PLANTED_NAMES = PLANTED.stream()
		.map(p -> p.canary().name())
		.collect(Collectors.toUnmodifiableSet());

	private ResultCanaries() {
	}

	/** Every result canary, planted (in the database and the index) if it is not there yet. */
	public static List<Canary> all(MatrixContext ctx) {
		return planted(ctx, p -> true);
	}

	/** The result canaries of one visibility, e.g. for a list filtered by it. */
	public static List<Canary> withVisibility(MatrixContext ctx, String visibility) {
		return planted(ctx, p -> p.visibility().equals(visibility));
	}

	private static List<Canary> planted(MatrixContext ctx, Predicate<Planted> which) {
		CatalogCanaries.plant(ctx);
		return PLANTED.stream().filter(which).map(Planted::canary).toList();
	}

	/**
	 * Inserts the canaries that are not in the database yet (so that rows may ask for them as often as they
	 * like); answers how many it inserted. The caller makes the index hold them.
	 */
	public static int insertMissing(MatrixContext ctx) {
		int inserted = 0;
		for (Planted p : PLANTED) {
			Integer present = ctx.jdbc().queryForObject("select count(*) from research_result where title = ?",
					Integer.class, p.canary().name());
			if (present != null && present > 0) {
				continue;
			}
			inserted += ctx.jdbc().update("insert into research_result (type, title, abstract_text, keywords, trl, "
					+ "language, owner_id, owner_name, visibility, visibility_changed_at) "
					+ "select 'PATENT', ?, 'A record planted by the authorization matrix tests.', '{matrix}', 5, 'en', "
					+ "id, username, ?, now() from app_user where username = ?", p.canary().name(), p.visibility(),
					p.owner());
		}
		return inserted;
	}

	private static Planted planted(String owner, String visibility, TestUsers... seenBy) {
		String name = "CANARY-result-" + owner + "_" + visibility.toLowerCase(Locale.ROOT);
		return new Planted(Canary.of(name, seenBy), owner, visibility);
	}

}
