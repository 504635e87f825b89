package org.uniregion.platform;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.uniregion.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTests {

	private final AccessPolicy policy = new AccessPolicy();

	private static final Caller WUXI = new Caller(3L, "wuxi", Role.REGION_PARTNER, "320200", null);

	private static final Caller ENTERPRISE = new Caller(4L, "enterprise", Role.ENTERPRISE, null, 77L);

	private static final Caller STAFF = new Caller(2L, "staff", Role.STAFF, null, null);

	private static final Caller AUDITOR = new Caller(7L, "auditor", Role.AUDITOR, null, null);

	record Rec(@Nullable String scopeRegionCode, @Nullable Long scopeOrganizationId) implements ScopedRecord {
	}

	@Test
	void regionPartnerSeesItsRegionAndEverythingBelowIt() {
		assertThat(this.policy.readScope(WUXI, Resource.AGREEMENT)).isEqualTo(new Scope.Region("3202"));
		assertThatNoException().isThrownBy(() -> this.policy.checkRead(WUXI, Resource.AGREEMENT, new Rec("320211", null), 1));
		assertThatNoException().isThrownBy(() -> this.policy.checkRead(WUXI, Resource.AGREEMENT, new Rec("320200", null), 1));
		assertThatThrownBy(() -> this.policy.checkRead(WUXI, Resource.AGREEMENT, new Rec("320500", null), 1))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.policy.checkRead(WUXI, Resource.AGREEMENT, new Rec("130100", null), 1))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.policy.checkRead(WUXI, Resource.AGREEMENT, new Rec(null, null), 1))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void regionPartnerMaySeeButNotChangeAgreements() {
		assertThatThrownBy(() -> this.policy.checkWrite(WUXI, Resource.AGREEMENT, new Rec("320211", null), 5))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.policy.checkWrite(WUXI, Resource.AGREEMENT, new Rec("130100", null), 5))
			.as("out of scope is not even acknowledged").isInstanceOf(NotFoundException.class);
		assertThatNoException().isThrownBy(() -> this.policy.checkWrite(WUXI, Resource.ORGANIZATION, new Rec("320211", null), 5));
		assertThatThrownBy(() -> this.policy.checkWrite(WUXI, Resource.ORGANIZATION, new Rec("130100", null), null))
			.as("nor may it create records elsewhere").isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void enterpriseSeesOnlyItsOwnOrganization() {
		assertThat(this.policy.readScope(ENTERPRISE, Resource.ORGANIZATION)).isEqualTo(new Scope.Organization(77));
		assertThatNoException().isThrownBy(() -> this.policy.checkRead(ENTERPRISE, Resource.ORGANIZATION, new Rec("320211", 77L), 77));
		assertThatThrownBy(() -> this.policy.checkRead(ENTERPRISE, Resource.ORGANIZATION, new Rec("320211", 78L), 78))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.policy.mayWrite(ENTERPRISE, Resource.ORGANIZATION)).isFalse();
	}

	@Test
	void enterpriseWithoutOrganizationSeesNothing() {
		Caller orphan = new Caller(9L, "e2", Role.ENTERPRISE, null, null);
		assertThat(this.policy.readScope(orphan, Resource.AGREEMENT)).isEqualTo(Scope.NONE);
	}

	@Test
	void auditorReadsEverythingAndChangesNothing() {
		for (Resource r : Resource.values()) {
			assertThat(this.policy.mayWrite(AUDITOR, r)).as(r.name()).isFalse();
		}
		assertThat(this.policy.readScope(AUDITOR, Resource.AUDIT_TRAIL)).isEqualTo(Scope.ALL);
		assertThat(this.policy.readScope(AUDITOR, Resource.AGREEMENT)).isEqualTo(Scope.ALL);
	}

	@Test
	void onlyAdminAndAuditorSeeTheAuditTrail() {
		for (Role role : Role.values()) {
			Caller c = new Caller(1L, "x", role, "320200", 1L);
			assertThat(this.policy.mayRead(c, Resource.AUDIT_TRAIL)).as(role.name())
				.isEqualTo(role == Role.ADMIN || role == Role.AUDITOR);
		}
	}

	@Test
	void anonymousSeesOnlyRegionsAndThePublishedCatalog() {
		for (Resource r : Resource.values()) {
			assertThat(this.policy.mayRead(Caller.ANONYMOUS, r)).as(r.name())
				.isEqualTo(r == Resource.REGION || r == Resource.RESEARCH_RESULT);
			assertThat(this.policy.mayWrite(Caller.ANONYMOUS, r)).isFalse();
		}
		assertThatNoException().isThrownBy(
				() -> this.policy.checkRead(Caller.ANONYMOUS, Resource.RESEARCH_RESULT, new Result(9L, "PUBLISHED"), 1));
		assertThatThrownBy(() -> this.policy.checkRead(Caller.ANONYMOUS, Resource.RESEARCH_RESULT, new Result(9L, "INTERNAL"), 1))
			.isInstanceOf(NotFoundException.class);
	}

	record Result(@Nullable Long scopeOwnerId, @Nullable String scopeVisibility) implements ScopedRecord {

		@Override
		public @Nullable String scopeRegionCode() {
			return null;
		}

	}

	@Test
	void aResearcherSeesItsOwnDraftsAndTheInternalAndPublishedResultsOfOthers() {
		Caller researcher = new Caller(5L, "researcher", Role.RESEARCHER, null, null);
		assertThatNoException().isThrownBy(() -> this.policy.checkRead(researcher, Resource.RESEARCH_RESULT, new Result(5L, "DRAFT"), 1));
		assertThatNoException().isThrownBy(() -> this.policy.checkRead(researcher, Resource.RESEARCH_RESULT, new Result(6L, "INTERNAL"), 1));
		assertThatThrownBy(() -> this.policy.checkRead(researcher, Resource.RESEARCH_RESULT, new Result(6L, "DRAFT"), 1))
			.as("another researcher's draft never appears").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.policy.checkRead(researcher, Resource.RESEARCH_RESULT, new Result(6L, "WITHDRAWN"), 1))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.policy.checkWrite(researcher, Resource.RESEARCH_RESULT, new Result(6L, "PUBLISHED"), 1))
			.as("it may read others' published results but not change them").isInstanceOf(AccessDeniedException.class);
		assertThatNoException().isThrownBy(() -> this.policy.checkWrite(researcher, Resource.RESEARCH_RESULT, new Result(5L, "PUBLISHED"), 1));
	}

	@Test
	void anEnterpriseSeesItsOrganizationsAndItsOwnDemandsOnly() {
		Caller e = new Caller(4L, "enterprise", Role.ENTERPRISE, null, 77L);
		assertThat(this.policy.readScope(e, Resource.DEMAND))
			.isEqualTo(new Scope.AnyOf(java.util.List.of(new Scope.Organization(77), new Scope.Owner(4))));
		assertThatNoException().isThrownBy(() -> this.policy.checkRead(e, Resource.DEMAND, new Rec("320211", 77L), 1));
		assertThatThrownBy(() -> this.policy.checkRead(e, Resource.DEMAND, new Rec("320211", 78L), 1))
			.as("never another enterprise's demand").isInstanceOf(NotFoundException.class);
		assertThat(this.policy.readScope(e, Resource.RESEARCH_RESULT)).isEqualTo(new Scope.Visible(java.util.Set.of("PUBLISHED")));
	}

	@Test
	void unionsDropWhatAddsNothing() {
		assertThat(Scope.anyOf(Scope.NONE, new Scope.Owner(1))).isEqualTo(new Scope.Owner(1));
		assertThat(Scope.anyOf(Scope.NONE, Scope.NONE)).isEqualTo(Scope.NONE);
		assertThat(Scope.anyOf(new Scope.Owner(1), Scope.ALL)).isEqualTo(Scope.ALL);
	}

	@Test
	void staffChangesPartnerDataButNotAccounts() {
		assertThat(this.policy.mayWrite(STAFF, Resource.AGREEMENT)).isTrue();
		assertThat(this.policy.mayWrite(STAFF, Resource.ORGANIZATION)).isTrue();
		assertThat(this.policy.mayRead(STAFF, Resource.ACCOUNT)).isFalse();
	}

	@Test
	void researchersAndReviewersSeeNoPartnerData() {
		for (Role role : new Role[] { Role.RESEARCHER, Role.REVIEWER }) {
			Caller c = new Caller(1L, "x", role, null, null);
			assertThat(this.policy.mayRead(c, Resource.ORGANIZATION)).isFalse();
			assertThat(this.policy.mayRead(c, Resource.AGREEMENT)).isFalse();
		}
	}

}
