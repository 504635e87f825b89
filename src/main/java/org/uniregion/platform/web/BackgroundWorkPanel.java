package org.uniregion.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.uniregion.platform.Role;

/**
 * Tells administrators, first on the home page, what is still running in the background after a start (demo
 * data, the search index check or rebuild with its progress, the API description, the warm-up), and what failed.
 */
@Component
class BackgroundWorkPanel implements HomePanel {

	private final BackgroundWork work;

	BackgroundWorkPanel(BackgroundWork work) {
		this.work = work;
	}

	@Override
	public String fragment() {
		return "platform/background-panel";
	}

	@Override
	public @Nullable Map<String, Object> model(Caller caller) {
		if (!caller.is(Role.ADMIN)) {
			return null;
		}
		List<BackgroundWork.Activity> unfinished = this.work.unfinished();
		return unfinished.isEmpty() ? null : Map.of("activities", unfinished);
	}

	@Override
	public int order() {
		return 1;
	}

}
