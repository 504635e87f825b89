package org.uniregion.platform;

import org.jspecify.annotations.Nullable;

/**
 * A record that the access policy can place: in which region it lies, which organization it belongs to,
 * who owns it and how visible it is. Any of them may be unknown.
 */
public interface ScopedRecord {

	@Nullable String scopeRegionCode();

	default @Nullable Long scopeOrganizationId() {
		return null;
	}

	default @Nullable Long scopeOwnerId() {
		return null;
	}

	/** The record's visibility level by name (e.g. "DRAFT", "PUBLISHED"), for records with one. */
	default @Nullable String scopeVisibility() {
		return null;
	}

}
