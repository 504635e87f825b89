package org.uniregion.result;

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
import org.uniregion.platform.Role;

/**
 * The home page's research results: a researcher's own results (the latest, and "new result"); for the office all
 * results; for the others the published catalog they may read — always the list's own scoped query.
 */
@Component
class ResultHomePanel implements HomePanel {

	static final int RECENT = 5;

	private final ResultService results;

	private final AccessPolicy policy;

	ResultHomePanel(ResultService results, AccessPolicy policy) {
		this.results = results;
		this.policy = policy;
	}

	@Override
	public String fragment() {
		return "result/home-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (caller.isAnonymous() || !this.policy.mayRead(caller, Resource.RESEARCH_RESULT)) {
			return null;
		}
		boolean mine = caller.is(Role.RESEARCHER);
		ResultQuery query = new ResultQuery(null, null, null, null, null, null, null, mine);
		Page<ResultView> recent = this.results.list(caller, query, PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "id")));
		Map<String, Object> m = new HashMap<>();
		m.put("mine", mine);
		m.put("count", recent.getTotalElements());
		m.put("publishedCount", this.results.list(caller,
				new ResultQuery(null, null, Visibility.PUBLISHED, null, null, null, null, mine), PageRequest.of(0, 1))
			.getTotalElements());
		m.put("recent", recent.getContent());
		m.put("mayWrite", this.policy.mayWrite(caller, Resource.RESEARCH_RESULT));
		return m;
	}

	@Override
	public int order() {
		return 25;
	}

}
