package org.uniregion.bulk;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.uniregion.platform.Resource;

/** The home page's imports, for those who import: the latest jobs they may see, and "import a file". */
@Component
class ImportsHomePanel implements HomePanel {

	static final int RECENT = 3;

	private final ImportService imports;

	private final AccessPolicy policy;

	ImportsHomePanel(ImportService imports, AccessPolicy policy) {
		this.imports = imports;
		this.policy = policy;
	}

	@Override
	public String fragment() {
		return "bulk/home-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!this.policy.mayWrite(caller, Resource.IMPORT_JOB)) {
			return null;
		}
		var page = this.imports.list(caller, PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "id")));
		return Map.of("count", page.getTotalElements(), "recent", page.getContent());
	}

	@Override
	public int order() {
		return 50;
	}

}
