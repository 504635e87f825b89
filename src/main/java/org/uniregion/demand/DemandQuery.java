package org.uniregion.demand;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the demand list.
 *
 * @param q words, matched by the search index as the search matches them (any word, in the title or the text)
 * @param region a region code: demands in it and in the regions below it
 * @param industry a GB/T 4754 code, exactly
 */
public record DemandQuery(@Nullable String q, @Nullable DemandStatus status, @Nullable String region,
		@Nullable String industry, @Nullable DemandSource source) {

	public static DemandQuery all() {
		return new DemandQuery(null, null, null, null, null);
	}

}
