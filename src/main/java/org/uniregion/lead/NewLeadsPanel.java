package org.uniregion.lead;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.uniregion.platform.Resource;

/** The office's home panel (those who follow leads up): how many new leads wait. */
@Component
class NewLeadsPanel implements HomePanel {

	private final LeadService leads;

	private final AccessPolicy policy;

	NewLeadsPanel(LeadService leads, AccessPolicy policy) {
		this.leads = leads;
		this.policy = policy;
	}

	@Override
	public String fragment() {
		return "lead/home-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!this.policy.mayWrite(caller, Resource.LEAD)) {
			return null;
		}
		return Map.of("newLeads", this.leads.countNew(caller));
	}

	@Override
	public int order() {
		return 40;
	}

}
