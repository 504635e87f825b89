package org.uniregion.partner;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The partner module's canaries for the authorization matrix: organizations in Wuxi (320200, the demo region
 * partner's region), in a Wuxi district, in another Jiangsu city (Suzhou, whose code shares the province's
 * prefix) and in another province (Hebei); agreements with a region, with those organizations and with the
 * demo enterprise's own organization (once in Wuxi, once with Hebei as counterpart region); contacts, documents
 * and status changes of some of them. They are made once per application run through the API, as the office
 * (so that they are in the audit trail too), and found again by name when the rows are built again.
 * <p>
 * Who must see them is written out from the product's rules, not computed: the office and the auditor see
 * every organization and agreement; the Wuxi bureau those whose region is Wuxi or below it; the enterprise
 * its own organization's agreements (its organization itself is demo data and is checked by id, since the
 * demo user is bound to it); the researcher and the reviewer none.
 */
public final class PartnerCanaries {

	static final TestUsers[] OFFICE = { ADMIN, STAFF, AUDITOR };

	static final TestUsers[] OFFICE_AND_WUXI = { ADMIN, STAFF, AUDITOR, WUXI };

	static final TestUsers[] OFFICE_WUXI_AND_ENTERPRISE = { ADMIN, STAFF, AUDITOR, WUXI, ENTERPRISE };

	static final TestUsers[] OFFICE_AND_ENTERPRISE = { ADMIN, STAFF, AUDITOR, ENTERPRISE };

	private static final String ENTERPRISE_ORG = "(the demo enterprise's own)";

	private record Org(String marker, String regionCode, TestUsers... seenBy) {

		String name() {
			return Canary.PREFIX + "-org-" + this.marker;
		}

	}

	/** An agreement with a region, an organization (a canary's marker or {@link #ENTERPRISE_ORG}), or both. */
	private record Deal(String marker, String regionCode, String organization, TestUsers... seenBy) {

		String title() {
			return Canary.PREFIX + "-agreement-" + this.marker;
		}

	}

	/**
	 * By name, the Wuxi organizations come first and the others after them: on small pages sorted by name, a
	 * list that leaked the others would show them on the second page only.
	 */
	private static final List<Org> ORGS = List.of(new Org("cityofwuxi", "320200", OFFICE_AND_WUXI),
			new Org("districtofwuxi", "320211", OFFICE_AND_WUXI), new Org("hebei", "130000", OFFICE),
			new Org("suzhou", "320500", OFFICE));

	private static final List<Deal> DEALS = List.of(new Deal("wuxicity", "320200", null, OFFICE_AND_WUXI),
			new Deal("wuxidistrictorg", null, "districtofwuxi", OFFICE_AND_WUXI),
			new Deal("enterpriseorg", null, ENTERPRISE_ORG, OFFICE_WUXI_AND_ENTERPRISE),
			new Deal("suzhouorg", null, "suzhou", OFFICE), new Deal("hebeiregion", "130000", null, OFFICE),
			new Deal("hebeiwithenterpriseorg", "130000", ENTERPRISE_ORG, OFFICE_AND_ENTERPRISE));

	private PartnerCanaries() {
	}

	/** The canary organizations, planted if need be. */
	public static List<Canary> organizations(MatrixContext ctx) {
		plant(ctx);
		return ORGS.stream().map(o -> Canary.of(o.name(), o.seenBy())).toList();
	}

	/** The canary agreements, planted if need be; all of them in force and ending within 90 days. */
	public static List<Canary> agreements(MatrixContext ctx) {
		plant(ctx);
		return DEALS.stream().map(d -> Canary.of(d.title(), d.seenBy())).toList();
	}

	/**
	 * The canary agreements as the enterprise's organization lists its own: those naming it, seen by whoever
	 * sees them; the others by no one there.
	 */
	static List<Canary> agreementsOfEnterpriseOrganization(MatrixContext ctx) {
		plant(ctx);
		return DEALS.stream()
			.map(d -> ENTERPRISE_ORG.equals(d.organization()) ? Canary.of(d.title(), d.seenBy()) : Canary.of(d.title()))
			.toList();
	}

	/** The id of the canary agreement with {@code marker}. */
	static long agreement(MatrixContext ctx, String marker) {
		plant(ctx);
		return ctx.id("select id from agreement where title = ?", Canary.PREFIX + "-agreement-" + marker);
	}

	/**
	 * The contacts, documents or status changes (of {@code kind}) of the enterprise's organization or its Wuxi
	 * agreement (seen by those who see that record), and those of a Hebei record, which no list of the
	 * enterprise's record may show.
	 */
	static List<Canary> ofEnterpriseRecord(MatrixContext ctx, String kind) {
		plant(ctx);
		return List.of(Canary.of(Canary.PREFIX + "-" + kind + "-enterpriseorg", OFFICE_WUXI_AND_ENTERPRISE),
				Canary.of(Canary.PREFIX + "-" + kind + "-hebei"));
	}

	private static synchronized void plant(MatrixContext ctx) {
		ApiClient office = ApiClient.as(STAFF, ctx.port());
		Map<String, Long> orgIds = new HashMap<>();
		for (Org o : ORGS) {
			orgIds.put(o.marker(), findOrCreate(ctx, "select id from partner_organization where name_zh = ?", o.name(),
					() -> office.post("/api/v1/organizations",
							Map.of("nameZh", o.name(), "type", "ENTERPRISE", "regionCode", o.regionCode()))));
		}
		orgIds.put(ENTERPRISE_ORG, ctx.id("select organization_id from app_user where username = 'enterprise'"));
		for (Deal d : DEALS) {
			findOrCreate(ctx, "select id from agreement where title = ?", d.title(), () -> inForce(office, d, orgIds));
		}
		long enterpriseDeal = ctx.id("select id from agreement where title = ?", Canary.PREFIX + "-agreement-enterpriseorg");
		long hebeiDeal = ctx.id("select id from agreement where title = ?", Canary.PREFIX + "-agreement-hebeiregion");
		contact(ctx, office, orgIds.get(ENTERPRISE_ORG), Canary.PREFIX + "-contact-enterpriseorg");
		contact(ctx, office, orgIds.get("hebei"), Canary.PREFIX + "-contact-hebei");
		document(ctx, office, enterpriseDeal, Canary.PREFIX + "-document-enterpriseorg");
		document(ctx, office, hebeiDeal, Canary.PREFIX + "-document-hebei");
	}

	/** Created as a draft, then signed (the reason names the status change) and put in force. */
	private static ApiClient.Response inForce(ApiClient office, Deal d, Map<String, Long> orgIds) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("title", d.title(), "areas", List.of("INDUSTRY"), "signingDate",
				today.minusDays(40).toString(), "startDate", today.minusDays(30).toString(), "endDate",
				today.plusDays(60).toString()));
		if (d.regionCode() != null) {
			body.put("regionCode", d.regionCode());
		}
		if (d.organization() != null) {
			body.put("organizationId", orgIds.get(d.organization()));
		}
		ApiClient.Response created = created(office.post("/api/v1/agreements", body));
		String transitions = "/api/v1/agreements/" + created.json().get("id").asLong() + "/transitions";
		String history = d.marker().equals("enterpriseorg") ? "enterpriseorg" : d.marker().equals("hebeiregion") ? "hebei" : null;
		Map<String, Object> sign = new HashMap<>(Map.of("to", "SIGNED", "version", created.json().get("version").asLong()));
		if (history != null) {
			sign.put("reason", Canary.PREFIX + "-history-" + history);
		}
		ApiClient.Response signed = ok(office.post(transitions, sign));
		ok(office.post(transitions, Map.of("to", "IN_FORCE", "version", signed.json().get("version").asLong())));
		return created;
	}

	private static void contact(MatrixContext ctx, ApiClient office, long organizationId, String name) {
		findOrCreate(ctx, "select id from partner_contact where name = ?", name,
				() -> office.post("/api/v1/organizations/" + organizationId + "/contacts", Map.of("name", name)));
	}

	private static void document(MatrixContext ctx, ApiClient office, long agreementId, String name) {
		String fileName = name + ".txt";
		findOrCreate(ctx, "select id from agreement_document where file_name = ?", fileName,
				() -> office.post("/api/v1/agreements/" + agreementId + "/documents",
						Map.of("fileName", fileName, "contentType", "text/plain", "content",
								Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8)))));
	}

	private static long findOrCreate(MatrixContext ctx, String select, String name,
			java.util.function.Supplier<ApiClient.Response> create) {
		List<Long> found = new ArrayList<>(ctx.jdbc().queryForList(select, Long.class, name));
		if (found.isEmpty()) {
			created(create.get());
			return ctx.id(select, name);
		}
		return found.get(0);
	}

	private static ApiClient.Response created(ApiClient.Response r) {
		assertThat(r.status()).as("planting a canary: " + r.body()).isEqualTo(201);
		return r;
	}

	private static ApiClient.Response ok(ApiClient.Response r) {
		assertThat(r.status()).as("planting a canary: " + r.body()).isEqualTo(200);
		return r;
	}

}
