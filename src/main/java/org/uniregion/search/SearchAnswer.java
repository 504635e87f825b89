package org.uniregion.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits in the API's list shape ({@code content}, {@code page}), with the facets of all hits, and, only
 * while the search index is being rebuilt, {@code indexing}: how far the rebuild is (the hits may be incomplete).
 */
public record SearchAnswer(List<SearchHit> content, PageMetadata page, List<Facet> facets, long tookMillis,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Indexing indexing) {

	/** A rebuild of the index running while the search ran: records indexed of the total, in percent. */
	public record Indexing(long indexed, long total, int percent) {
	}

	public record PageMetadata(long size, long number, long totalElements, long totalPages) {
	}

	public static SearchAnswer of(List<SearchHit> hits, SearchRequest request, long total, List<Facet> facets,
			long tookMillis) {
		long reachable = Math.min(total, SearchRequest.MAX_WINDOW);
		long pages = (reachable + request.size() - 1) / request.size();
		return new SearchAnswer(hits, new PageMetadata(request.size(), request.page(), total, pages), facets,
				tookMillis, null);
	}

	/** This answer, saying that the index was being rebuilt (when {@code indexing} is not null). */
	public SearchAnswer withIndexing(@Nullable Indexing indexing) {
		return indexing == null ? this : new SearchAnswer(this.content, this.page, this.facets, this.tookMillis, indexing);
	}

}
