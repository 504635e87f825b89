package org.uniregion.search;

import java.util.List;

/**
 * A page of hits in the API's list shape ({@code content}, {@code page}), with the facets of all hits.
 */
public record SearchAnswer(List<SearchHit> content, PageMetadata page, List<Facet> facets, long tookMillis) {

	public record PageMetadata(long size, long number, long totalElements, long totalPages) {
	}

	public static SearchAnswer of(List<SearchHit> hits, SearchRequest request, long total, List<Facet> facets,
			long tookMillis) {
		long reachable = Math.min(total, SearchRequest.MAX_WINDOW);
		long pages = (reachable + request.size() - 1) / request.size();
		return new SearchAnswer(hits, new PageMetadata(request.size(), request.page(), total, pages), facets,
				tookMillis);
	}

}
