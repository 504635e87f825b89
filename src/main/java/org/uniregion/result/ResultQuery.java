package org.uniregion.result;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the result list.
 *
 * @param q words, matched by the search index as the search matches them (any word, in the title, keywords or abstract)
 * @param ipcSection an IPC code prefix: G, G06 or G06F match every class below it
 * @param industry a GB/T 4754 code prefix: C or 65 match every industry below it
 * @param mine only the caller's own results
 */
public record ResultQuery(@Nullable String q, @Nullable ResultType type, @Nullable Visibility visibility,
		@Nullable Integer trl, @Nullable String ipcSection, @Nullable String industry,
		@Nullable TransferMode transferMode, boolean mine) {

	public static ResultQuery all() {
		return new ResultQuery(null, null, null, null, null, null, null, false);
	}

}
