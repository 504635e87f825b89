package org.uniregion.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.uniregion.platform.Resource;

/** The home page's audit trail, for those who may read it: how many entries, the latest, and "verify the chain". */
@Component
class AuditHomePanel implements HomePanel {

	static final int RECENT = 5;

	private final AuditTrail trail;

	private final AccessPolicy policy;

	AuditHomePanel(AuditTrail trail, AccessPolicy policy) {
		this.trail = trail;
		this.policy = policy;
	}

	@Override
	public String fragment() {
		return "audit/home-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!this.policy.mayRead(caller, Resource.AUDIT_TRAIL)) {
			return null;
		}
		var page = this.trail.find(caller, new AuditFilter(null, null, null, null, null, null), 0, RECENT);
		return Map.of("count", page.getTotalElements(), "recent", page.getContent());
	}

	@Override
	public int order() {
		return 60;
	}

}
