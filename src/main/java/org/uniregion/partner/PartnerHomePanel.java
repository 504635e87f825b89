package org.uniregion.partner;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.uniregion.platform.Resource;

/**
 * The home page's agreements and organizations: how many the caller may see (the same scoped queries as the
 * lists), the latest agreements, and the caller's usual actions.
 */
@Component
class PartnerHomePanel implements HomePanel {

	static final int RECENT = 5;

	private final AgreementService agreements;

	private final OrganizationService organizations;

	private final AccessPolicy policy;

	PartnerHomePanel(AgreementService agreements, OrganizationService organizations, AccessPolicy policy) {
		this.agreements = agreements;
		this.organizations = organizations;
		this.policy = policy;
	}

	@Override
	public String fragment() {
		return "partner/home-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!this.policy.mayRead(caller, Resource.AGREEMENT) || !this.policy.mayRead(caller, Resource.ORGANIZATION)) {
			return null;
		}
		Page<AgreementView> recent = this.agreements.list(caller, AgreementQuery.all(),
				PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "id")));
		long inForce = this.agreements.list(caller,
				new AgreementQuery(null, AgreementStatus.IN_FORCE, null, null, null, null), PageRequest.of(0, 1))
			.getTotalElements();
		long organizations = this.organizations.list(caller, new OrganizationQuery(null, null, null), PageRequest.of(0, 1))
			.getTotalElements();
		Map<String, Object> m = new HashMap<>();
		m.put("agreementCount", recent.getTotalElements());
		m.put("inForceCount", inForce);
		m.put("recentAgreements", recent.getContent());
		m.put("organizationCount", organizations);
		m.put("mayWriteAgreements", this.policy.mayWrite(caller, Resource.AGREEMENT));
		m.put("mayWriteOrganizations", this.policy.mayWrite(caller, Resource.ORGANIZATION));
		return m;
	}

	@Override
	public int order() {
		return 10;
	}

}
