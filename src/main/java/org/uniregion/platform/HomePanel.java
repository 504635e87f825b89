package org.uniregion.platform;

import java.util.Map;

/**
 * A panel on the home page, contributed by a capability (e.g. "agreements expiring soon"), so that the
 * platform shows every module's news without depending on any of them. Panels the caller may not see
 * return {@code null} from {@link #model}.
 */
public interface HomePanel {

	/** The Thymeleaf fragment that renders the panel, e.g. {@code "partner/home :: expiring"}. */
	String fragment();

	/** The panel's model for this caller, or {@code null} to show nothing. */
	@org.jspecify.annotations.Nullable Map<String, Object> model(Caller caller);

	default int order() {
		return 100;
	}

}
