package org.uniregion.partner;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.uniregion.platform.Resource;

/** The home page's “agreements expiring soon”, within what the caller may see. */
@Component
class ExpiringAgreementsPanel implements HomePanel {

	private final AgreementService agreements;

	private final AccessPolicy policy;

	ExpiringAgreementsPanel(AgreementService agreements, AccessPolicy policy) {
		this.agreements = agreements;
		this.policy = policy;
	}

	/**
	 * A whole template rather than “template :: selector”: the home page inserts the value as a template name,
	 * and a whole template works either way.
	 */
	@Override
	public String fragment() {
		return "partner/expiring-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!this.policy.mayRead(caller, Resource.AGREEMENT)) {
			return null;
		}
		return Map.of("expiring", this.agreements.expiringSoon(caller, 10), "reminderDays", this.agreements.reminderDays());
	}

	@Override
	public int order() {
		return 20;
	}

}
