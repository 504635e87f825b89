package org.uniregion.platform;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Names what a caller acts for (a region partner its region, an enterprise user its organization), contributed by
 * the capability that knows those names, so that the home page's greeting says it without the platform
 * depending on any capability.
 */
public interface ActingFor {

	/** The name in the given language, or {@code null} when this caller acts for nothing this capability knows. */
	@Nullable String name(Caller caller, Locale locale);

}
