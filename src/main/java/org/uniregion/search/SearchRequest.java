package org.uniregion.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One search of a catalog.
 *
 * @param q the words, in Chinese or English; blank lists everything the caller may see
 * @param filters selected facet values by facet name (values of one facet are alternatives, facets all apply)
 * @param sort a sort the catalog offers ("relevance" when blank)
 * @param page zero-based page number
 * @param size hits per page (1 to {@value #MAX_SIZE})
 */
public record SearchRequest(@Nullable String q, Map<String, List<String>> filters, @Nullable String sort, int page,
		int size) {

	public static final int MAX_SIZE = 100;

	/** The deepest hit a search may reach; beyond it, refine the query instead of paging. */
	public static final int MAX_WINDOW = 10_000;

	public SearchRequest {
		filters = Map.copyOf(filters);
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
		}
	}

	public List<String> filter(String facet) {
		return this.filters.getOrDefault(facet, List.of());
	}

	public boolean hasText() {
		return this.q != null && !this.q.isBlank();
	}

	public int offset() {
		return this.page * this.size;
	}

}
