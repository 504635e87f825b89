package org.uniregion.demand;

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
 * The home page's demands: how many the caller may see and how many are open (the list's own scoped query), the
 * latest ones, the public submissions waiting for the office's moderation, and "post a demand".
 */
@Component
class DemandHomePanel implements HomePanel {

	static final int RECENT = 5;

	private final DemandService demands;

	private final AccessPolicy policy;

	DemandHomePanel(DemandService demands, AccessPolicy policy) {
		this.demands = demands;
		this.policy = policy;
	}

	@Override
	public String fragment() {
		return "demand/home-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!this.policy.mayRead(caller, Resource.DEMAND)) {
			return null;
		}
		Page<DemandView> recent = this.demands.list(caller, DemandQuery.all(),
				PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "id")));
		Map<String, Object> m = new HashMap<>();
		m.put("count", recent.getTotalElements());
		m.put("openCount", count(caller, new DemandQuery(null, DemandStatus.OPEN, null, null, null)));
		m.put("recent", recent.getContent());
		boolean moderates = DemandService.moderates(caller);
		m.put("moderates", moderates);
		m.put("awaitingModeration",
				moderates ? count(caller, new DemandQuery(null, DemandStatus.SUBMITTED, null, null, DemandSource.PUBLIC)) : 0L);
		m.put("mayWrite", this.policy.mayWrite(caller, Resource.DEMAND));
		return m;
	}

	private long count(Caller caller, DemandQuery query) {
		return this.demands.list(caller, query, PageRequest.of(0, 1)).getTotalElements();
	}

	@Override
	public int order() {
		return 30;
	}

}
