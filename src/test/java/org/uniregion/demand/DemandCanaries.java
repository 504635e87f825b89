package org.uniregion.demand;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.search.CatalogCanaries;
import org.uniregion.support.TestUsers;

import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The demands planted for the authorization matrix, named {@code CANARY-demand-<marker>}: in Wuxi (320200),
 * in a Wuxi district (320211), in another city of the same province (Suzhou, 320500), at the province itself
 * (320000) and in other provinces; of the demo enterprise's organization, of another organization, of no
 * organization; owned by the demo enterprise or by someone else; in every status. Who must see each is written
 * out from the product's rules, not asked of the access policy: the office and the auditor every demand; the
 * Wuxi bureau those of its region and the regions below it (not its province, not another city); the
 * enterprise those of its organization and those it owns; the researcher, the reviewer and the public none.
 */
public final class DemandCanaries {

	/** Whose organization a canary belongs to. */
	enum Org {

		NONE, ENTERPRISE, OTHER

	}

	/** A planted demand: its canary and what decides who sees it. */
	record Planted(Canary canary, String region, Org organization, @Nullable String owner, String source,
			String status) {
	}

	static final List<Planted> PLANTED = List.of(
			planted("wuxi_city_open", "320200", Org.NONE, "wuxi", "REGION_PARTNER", "OPEN", ADMIN, STAFF, AUDITOR, WUXI),
			planted("wuxi_district_submitted", "320211", Org.NONE, null, "PUBLIC", "SUBMITTED", ADMIN, STAFF, AUDITOR, WUXI),
			planted("wuxi_district_closed", "320211", Org.NONE, "staff", "STAFF", "CLOSED", ADMIN, STAFF, AUDITOR, WUXI),
			planted("suzhou_open", "320500", Org.NONE, "staff", "STAFF", "OPEN", ADMIN, STAFF, AUDITOR),
			planted("jiangsu_open", "320000", Org.NONE, "staff", "STAFF", "OPEN", ADMIN, STAFF, AUDITOR),
			planted("yunnan_submitted", "530100", Org.NONE, null, "PUBLIC", "SUBMITTED", ADMIN, STAFF, AUDITOR),
			planted("enterprise_org_matched", "110108", Org.ENTERPRISE, "enterprise", "ENTERPRISE", "MATCHED", ADMIN,
					STAFF, AUDITOR, ENTERPRISE),
			planted("enterprise_org_wuxi_open", "320211", Org.ENTERPRISE, null, "ENTERPRISE", "OPEN", ADMIN, STAFF,
					AUDITOR, ENTERPRISE, WUXI),
			planted("enterprise_own_expired", "310115", Org.NONE, "enterprise", "ENTERPRISE", "EXPIRED", ADMIN, STAFF,
					AUDITOR, ENTERPRISE),
			planted("other_org_open", "130000", Org.OTHER, null, "ENTERPRISE", "OPEN", ADMIN, STAFF, AUDITOR),
			planted("other_org_wuxi_matched", "320211", Org.OTHER, null, "ENTERPRISE", "MATCHED", ADMIN, STAFF, AUDITOR,
					WUXI));

	/** The names of all of them. */
	public static final Set<String> PLANTED_NAMES = PLANTED.stream()
		.map(p -> p.canary().name())
		.collect(Collectors.toUnmodifiableSet());

	private DemandCanaries() {
	}

	/** Every demand canary, planted (in the database and the index) if it is not there yet. */
	public static List<Canary> all(MatrixContext ctx) {
		return planted(ctx, p -> true);
	}

	/** The demand canaries in one status, e.g. for a list filtered by it. */
	public static List<Canary> withStatus(MatrixContext ctx, String status) {
		return planted(ctx, p -> p.status().equals(status));
	}

	/** The public submissions waiting for moderation: the moderation queue. */
	public static List<Canary> awaitingModeration(MatrixContext ctx) {
		return planted(ctx, p -> p.status().equals("SUBMITTED") && p.source().equals("PUBLIC"));
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
		long enterpriseOrg = ctx.id("select organization_id from app_user where username = 'enterprise'");
		long otherOrg = ctx.id("select min(id) from partner_organization where id <> ?", enterpriseOrg);
		int inserted = 0;
		for (Planted p : PLANTED) {
			Integer present = ctx.jdbc().queryForObject("select count(*) from demand where title = ?", Integer.class,
					p.canary().name());
			if (present != null && present > 0) {
				continue;
			}
			Long organization = switch (p.organization()) {
				case NONE -> null;
				case ENTERPRISE -> enterpriseOrg;
				case OTHER -> otherOrg;
			};
			Long owner = p.owner() == null ? null : ctx.id("select id from app_user where username = ?", p.owner());
			// An expired demand's deadline has passed; the others have none, so that the expiry job leaves them be.
			inserted += ctx.jdbc().update("insert into demand (title, text, region_code, contact_name, contact_email, "
					+ "source, organization_id, owner_id, status, status_changed_at, deadline) values (?, "
					+ "'A demand planted by the authorization matrix tests.', ?, 'Matrix', 'matrix@example.com', ?, ?, ?, ?, "
					+ "now(), case when ? = 'EXPIRED' then current_date - 1 end)", p.canary().name(), p.region(),
					p.source(), organization, owner, p.status(), p.status());
		}
		return inserted;
	}

	private static Planted planted(String marker, String region, Org organization, @Nullable String owner,
			String source, String status, TestUsers... seenBy) {
		return new Planted(Canary.of("CANARY-demand-" + marker, seenBy), region, organization, owner, source, status);
	}

}
