package org.uniregion.region;

import org.jspecify.annotations.Nullable;

/**
 * Criteria for finding regions; those left {@code null} (or blank) do not restrict.
 *
 * @param q a code prefix when it is all digits (e.g. "3202"); otherwise part of the Chinese name, or of the
 * English name ignoring case (e.g. "无锡", "wuxi")
 * @param level only regions of this level
 * @param parent only the regions directly below this one
 * @param zone only regions in this strategic zone (by its code), including those below its provinces
 */
public record RegionSearch(@Nullable String q, RegionView.@Nullable Level level, @Nullable String parent,
		@Nullable String zone) {

	public static RegionSearch all() {
		return new RegionSearch(null, null, null, null);
	}

}
