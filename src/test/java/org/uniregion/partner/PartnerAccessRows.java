package org.uniregion.partner;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ADMIN;
import static org.uniregion.support.TestUsers.AUDITOR;
import static org.uniregion.support.TestUsers.ENTERPRISE;
import static org.uniregion.support.TestUsers.RESEARCHER;
import static org.uniregion.support.TestUsers.REVIEWER;
import static org.uniregion.support.TestUsers.STAFF;
import static org.uniregion.support.TestUsers.WUXI;

/**
 * The partner module's rows: every organization and agreement endpoint and page, with every role. Rows that
 * change or delete work on records made for the row (per user where the change would spoil the next user's
 * request), in the Wuxi region so that the region partner's rights show. Every list is read to its last
 * page and must show exactly the {@link PartnerCanaries} the caller may see.
 */
public class PartnerAccessRows implements AccessMatrixRows {

	/** Everyone who reads partners: the office, the auditor, the region partner and the enterprise. */
	static final TestUsers[] READERS = { ADMIN, STAFF, AUDITOR, WUXI, ENTERPRISE };

	/** Pages of two, sorted by name: the Wuxi canaries fill the first, the others come later. */
	static final String ORGANIZATION_PAGES = "?size=2&sort=nameZh,asc";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		long enterpriseOrg = ctx.id("select id from partner_organization where credit_code = ?", DemoPartners.WUXI_ENTERPRISE_CODE);
		long hebeiOrg = ctx.id("select id from partner_organization where demo and region_code = '130000' order by id limit 1");
		long wuxiAgreement = ctx.id("select id from agreement where demo and region_code = '320200' and status = 'IN_FORCE' order by id limit 1");
		long hebeiAgreement = ctx.id("select id from agreement where demo and region_code = '130000' order by id limit 1");
		long enterpriseAgreement = ctx.id("select id from agreement where organization_id = ? order by id limit 1", enterpriseOrg);
		long orgForUpdates = freshOrganization(ctx);
		long contactForUpdates = freshContact(ctx, orgForUpdates);
		long docForDownload = freshDocument(ctx, wuxiAgreement);
		long enterpriseCanary = PartnerCanaries.agreement(ctx, "enterpriseorg");
		String o = "/api/v1/organizations";
		String a = "/api/v1/agreements";
		return List.of(
				// Organizations, API
				AccessRow.api("GET", o).path(o + ORGANIZATION_PAGES).allow(READERS)
					.check((u, r) -> checkOrganizations(ctx, u, ctx.allApiPages(u, o + ORGANIZATION_PAGES))),
				AccessRow.api("POST", o).body(u -> organization("矩阵测试单位 " + u, "320213")).allow(ADMIN, STAFF, WUXI),
				AccessRow.api("GET", o + "/{id}").path(o + "/" + enterpriseOrg).allow(READERS).hidden(RESEARCHER, REVIEWER),
				AccessRow.api("GET", o + "/{id}").path(o + "/" + hebeiOrg).allow(ADMIN, STAFF, AUDITOR)
					.hidden(WUXI, ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("PUT", o + "/{id}").path(o + "/" + orgForUpdates)
					.body(u -> withVersion(organization("矩阵修改 " + u, "320205"), ctx, "partner_organization", orgForUpdates))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("DELETE", o + "/{id}").path(u -> o + "/" + freshOrganization(ctx))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", o + "/{id}/contacts").path(o + "/" + enterpriseOrg + "/contacts").allow(READERS)
					.hidden(RESEARCHER, REVIEWER)
					.check((u, r) -> Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.ofEnterpriseRecord(ctx, "contact"))),
				AccessRow.api("POST", o + "/{id}/contacts").path(o + "/" + orgForUpdates + "/contacts")
					.body(Map.of("name", "矩阵联系人", "email", "matrix@example.com"))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("PUT", o + "/{id}/contacts/{contactId}").path(o + "/" + orgForUpdates + "/contacts/" + contactForUpdates)
					.body(u -> withVersion(new HashMap<>(Map.of("name", "矩阵联系人 " + u)), ctx, "partner_contact", contactForUpdates))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("DELETE", o + "/{id}/contacts/{contactId}")
					.path(u -> o + "/" + orgForUpdates + "/contacts/" + freshContact(ctx, orgForUpdates))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				// Agreements, API
				AccessRow.api("GET", a).path(a + "?size=4").allow(READERS)
					.check((u, r) -> checkAgreements(ctx, u, ctx.allApiPages(u, a + "?size=4"))),
				AccessRow.api("GET", a).path(a + "?expiringWithinDays=90&size=4").allow(READERS)
					.check((u, r) -> checkAgreements(ctx, u, ctx.allApiPages(u, a + "?expiringWithinDays=90&size=4"))),
				AccessRow.api("POST", a).body(agreement("矩阵测试协议")).allow(ADMIN, STAFF),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + wuxiAgreement).allow(ADMIN, STAFF, AUDITOR, WUXI)
					.hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + hebeiAgreement).allow(ADMIN, STAFF, AUDITOR)
					.hidden(WUXI, ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}").path(a + "/" + enterpriseAgreement).allow(READERS)
					.hidden(RESEARCHER, REVIEWER),
				AccessRow.api("PUT", a + "/{id}").path(u -> a + "/" + freshDraft(ctx)).body(withVersion0(agreement("矩阵修改协议")))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("DELETE", a + "/{id}").path(u -> a + "/" + freshDraft(ctx))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("POST", a + "/{id}/transitions").path(u -> a + "/" + freshDraft(ctx) + "/transitions")
					.body(Map.of("to", "TERMINATED", "version", 0, "reason", "matrix"))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}/history").path(a + "/" + wuxiAgreement + "/history")
					.allow(ADMIN, STAFF, AUDITOR, WUXI).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}/history").path(a + "/" + enterpriseCanary + "/history").allow(READERS)
					.hidden(RESEARCHER, REVIEWER)
					.check((u, r) -> Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.ofEnterpriseRecord(ctx, "history"))),
				AccessRow.api("GET", a + "/{id}/documents").path(a + "/" + wuxiAgreement + "/documents")
					.allow(ADMIN, STAFF, AUDITOR, WUXI).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}/documents").path(a + "/" + enterpriseCanary + "/documents").allow(READERS)
					.hidden(RESEARCHER, REVIEWER)
					.check((u, r) -> Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.ofEnterpriseRecord(ctx, "document"))),
				AccessRow.api("POST", a + "/{id}/documents").path(a + "/" + wuxiAgreement + "/documents")
					.body(Map.of("fileName", "matrix.txt", "contentType", "text/plain", "content",
							Base64.getEncoder().encodeToString("matrix row".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("GET", a + "/{id}/documents/{docId}").path(a + "/" + wuxiAgreement + "/documents/" + docForDownload)
					.allow(ADMIN, STAFF, AUDITOR, WUXI).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.api("DELETE", a + "/{id}/documents/{docId}")
					.path(u -> a + "/" + wuxiAgreement + "/documents/" + freshDocument(ctx, wuxiAgreement))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				// Organization pages
				AccessRow.page("GET", "/organizations").path("/organizations" + ORGANIZATION_PAGES).allow(READERS)
					.check((u, r) -> checkPage(u, ctx.allHtmlPages(u, "/organizations" + ORGANIZATION_PAGES),
							PartnerCanaries.organizations(ctx))),
				AccessRow.page("GET", "/organizations/new").allow(ADMIN, STAFF, WUXI),
				AccessRow.page("POST", "/organizations")
					.body(u -> Map.of("nameZh", "矩阵页面单位 " + u, "type", "ENTERPRISE", "regionCode", "320213"))
					.allow(ADMIN, STAFF, WUXI),
				AccessRow.page("GET", "/organizations/{id}").path("/organizations/" + enterpriseOrg).allow(READERS)
					.hidden(RESEARCHER, REVIEWER).check((u, r) -> {
						Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.ofEnterpriseRecord(ctx, "contact"));
						Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.agreementsOfEnterpriseOrganization(ctx));
					}),
				AccessRow.page("GET", "/organizations/{id}").path("/organizations/" + hebeiOrg).allow(ADMIN, STAFF, AUDITOR)
					.hidden(WUXI, ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/organizations/{id}/edit").path("/organizations/" + enterpriseOrg + "/edit")
					.allow(ADMIN, STAFF, WUXI).deny(ENTERPRISE, AUDITOR).hidden(RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/organizations/{id}").path("/organizations/" + orgForUpdates)
					.body(u -> Map.of("nameZh", "矩阵页面修改 " + u, "type", "ENTERPRISE", "regionCode", "320205", "version",
							String.valueOf(version(ctx, "partner_organization", orgForUpdates))))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/organizations/{id}/delete").path(u -> "/organizations/" + freshOrganization(ctx) + "/delete")
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/organizations/{id}/contacts").path("/organizations/" + orgForUpdates + "/contacts")
					.body(Map.of("name", "矩阵页面联系人"))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/organizations/{id}/contacts/{contactId}/edit")
					.path("/organizations/" + orgForUpdates + "/contacts/" + contactForUpdates + "/edit")
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/organizations/{id}/contacts/{contactId}")
					.path("/organizations/" + orgForUpdates + "/contacts/" + contactForUpdates)
					.body(u -> Map.of("name", "矩阵页面联系人 " + u, "version",
							String.valueOf(version(ctx, "partner_contact", contactForUpdates))))
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/organizations/{id}/contacts/{contactId}/delete")
					.path(u -> "/organizations/" + orgForUpdates + "/contacts/" + freshContact(ctx, orgForUpdates) + "/delete")
					.allow(ADMIN, STAFF, WUXI).deny(AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				// Agreement pages
				AccessRow.page("GET", "/agreements").path("/agreements?size=4").allow(READERS)
					.check((u, r) -> checkPage(u, ctx.allHtmlPages(u, "/agreements?size=4"), PartnerCanaries.agreements(ctx))),
				AccessRow.page("GET", "/agreements").path("/agreements?expiring=true&size=4").allow(READERS)
					.check((u, r) -> checkPage(u, ctx.allHtmlPages(u, "/agreements?expiring=true&size=4"),
							PartnerCanaries.agreements(ctx))),
				// The form's organization picker lists every organization the office may name.
				AccessRow.page("GET", "/agreements/new").allow(ADMIN, STAFF)
					.check((u, r) -> Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.organizations(ctx))),
				AccessRow.page("POST", "/agreements")
					.body(Map.of("title", "矩阵页面协议", "regionCode", "320200", "areas", "TALENT")).allow(ADMIN, STAFF),
				AccessRow.page("GET", "/agreements/{id}").path("/agreements/" + wuxiAgreement)
					.allow(ADMIN, STAFF, AUDITOR, WUXI).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/agreements/{id}").path("/agreements/" + enterpriseAgreement).allow(READERS)
					.hidden(RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/agreements/{id}").path("/agreements/" + enterpriseCanary).allow(READERS)
					.hidden(RESEARCHER, REVIEWER).check((u, r) -> {
						Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.ofEnterpriseRecord(ctx, "document"));
						Canaries.assertSeesExactly(u, r.body(), PartnerCanaries.ofEnterpriseRecord(ctx, "history"));
					}),
				AccessRow.page("GET", "/agreements/{id}/edit").path("/agreements/" + wuxiAgreement + "/edit")
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/agreements/{id}").path(u -> "/agreements/" + freshDraft(ctx))
					.body(Map.of("title", "矩阵页面修改", "regionCode", "320200", "areas", "TALENT", "version", "0"))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/agreements/{id}/delete").path(u -> "/agreements/" + freshDraft(ctx) + "/delete")
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/agreements/{id}/transitions").path(u -> "/agreements/" + freshDraft(ctx) + "/transitions")
					.body(Map.of("to", "TERMINATED", "version", "0", "reason", "matrix"))
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/agreements/{id}/documents").path("/agreements/" + wuxiAgreement + "/documents")
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("GET", "/agreements/{id}/documents/{docId}")
					.path("/agreements/" + wuxiAgreement + "/documents/" + docForDownload)
					.allow(ADMIN, STAFF, AUDITOR, WUXI).hidden(ENTERPRISE, RESEARCHER, REVIEWER),
				AccessRow.page("POST", "/agreements/{id}/documents/{docId}/delete")
					.path(u -> "/agreements/" + wuxiAgreement + "/documents/" + freshDocument(ctx, wuxiAgreement) + "/delete")
					.allow(ADMIN, STAFF).deny(WUXI, AUDITOR).hidden(ENTERPRISE, RESEARCHER, REVIEWER));
	}

	/**
	 * Every page of the organizations: the canaries exactly; the region partner only organizations of its
	 * region; the enterprise only its own organization (demo data, to which the demo user is bound).
	 */
	static void checkOrganizations(MatrixContext ctx, TestUsers u, String allPages) {
		Canaries.assertSeesExactly(u, allPages, PartnerCanaries.organizations(ctx));
		List<JsonNode> content = content(allPages);
		if (u == WUXI) {
			assertThat(content).isNotEmpty().allSatisfy(x -> assertThat(x.get("regionCode").asString()).startsWith("3202"));
		}
		if (u == ENTERPRISE) {
			long own = ctx.id("select organization_id from app_user where username = 'enterprise'");
			assertThat(content).singleElement().satisfies(x -> assertThat(x.get("id").asLong()).isEqualTo(own));
		}
	}

	static void checkAgreements(MatrixContext ctx, TestUsers u, String allPages) {
		Canaries.assertSeesExactly(u, allPages, PartnerCanaries.agreements(ctx));
		List<JsonNode> content = content(allPages);
		if (u == WUXI) {
			content.forEach(x -> assertThat(x.get("regionCode").asString()).startsWith("3202"));
		}
		if (u == ENTERPRISE) {
			long own = ctx.id("select organization_id from app_user where username = 'enterprise'");
			content.forEach(x -> assertThat(x.get("organizationId").asLong()).isEqualTo(own));
		}
	}

	/** The records of every page that {@link MatrixContext#allApiPages} joined. */
	private static List<JsonNode> content(String allPages) {
		List<JsonNode> all = new java.util.ArrayList<>();
		allPages.lines().forEach(page -> JSON.readTree(page).get("content").forEach(all::add));
		return all;
	}

	/**
	 * Every page of a list: the canaries exactly; no other region's demo names for the region partner; not the
	 * Wuxi bureau for the enterprise (whose own agreements may have another region as counterpart).
	 */
	static void checkPage(TestUsers u, String html, List<Canary> canaries) {
		Canaries.assertSeesExactly(u, html, canaries);
		if (u == WUXI) {
			assertThat(html).doesNotContain("Hebei").doesNotContain("Yunnan").doesNotContain("Guangdong")
				.doesNotContain("Shenzhen").doesNotContain("Suzhou");
		}
		if (u == ENTERPRISE) {
			assertThat(html).doesNotContain("Demo Wuxi Municipal Bureau");
		}
	}

	static Map<String, Object> organization(String name, String region) {
		return new HashMap<>(Map.of("nameZh", name, "type", "ENTERPRISE", "regionCode", region));
	}

	static Map<String, Object> agreement(String title) {
		return new HashMap<>(Map.of("title", title, "regionCode", "320200", "areas", List.of("TALENT")));
	}

	static Map<String, Object> withVersion0(Map<String, Object> body) {
		body.put("version", 0);
		return body;
	}

	static Map<String, Object> withVersion(Map<String, Object> body, MatrixContext ctx, String table, long id) {
		body.put("version", version(ctx, table, id));
		return body;
	}

	static long version(MatrixContext ctx, String table, long id) {
		return ctx.id("select version from " + table + " where id = ?", id);
	}

	static long freshOrganization(MatrixContext ctx) {
		return ctx.id("insert into partner_organization (name_zh, type, region_code) values ('矩阵测试单位', 'ENTERPRISE', '320205') returning id");
	}

	static long freshContact(MatrixContext ctx, long organizationId) {
		return ctx.id("insert into partner_contact (organization_id, name) values (?, '矩阵联系人') returning id", organizationId);
	}

	static long freshDraft(MatrixContext ctx) {
		return ctx.id("insert into agreement (title, region_code, counterpart_region_code, areas, status) "
				+ "values ('矩阵测试协议', '320200', '320200', ',TALENT,', 'DRAFT') returning id");
	}

	static long freshDocument(MatrixContext ctx, long agreementId) {
		return ctx.id("insert into agreement_document (agreement_id, file_name, content_type, size_bytes, sha256, content, uploaded_by) "
				+ "values (?, 'matrix.txt', 'text/plain', 6, 'x', convert_to('matrix', 'UTF8'), 'matrix') returning id", agreementId);
	}

}
