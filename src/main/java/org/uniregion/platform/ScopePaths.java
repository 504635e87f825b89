package org.uniregion.platform;

import org.jspecify.annotations.Nullable;

/**
 * Where an entity keeps the attributes of {@link ScopedRecord}, so that the policy can turn a scope into a
 * query predicate. A {@code null} path means the entity has no such attribute (nothing matches on it).
 */
public record ScopePaths(@Nullable String regionCode, @Nullable String organizationId, @Nullable String ownerId,
		@Nullable String visibility) {

	public ScopePaths(@Nullable String regionCode, @Nullable String organizationId, @Nullable String ownerId) {
		this(regionCode, organizationId, ownerId, null);
	}

	public static ScopePaths region(String regionCode) {
		return new ScopePaths(regionCode, null, null, null);
	}

}
