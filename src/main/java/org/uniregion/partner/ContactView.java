package org.uniregion.partner;

import org.jspecify.annotations.Nullable;

/** A contact person of a partner organization. */
public record ContactView(long id, String name, @Nullable String title, @Nullable String phone, @Nullable String email,
		long version) {
}
