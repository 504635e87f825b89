package org.uniregion.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.uniregion.shared.BadRequestException;

/**
 * Reads a search from request parameters, the same for the API and the pages: {@code q}, {@code sort},
 * {@code page}, {@code size}, and one (repeatable) parameter per facet of the catalog, named as the facet.
 */
public final class SearchRequests {

	public static final int DEFAULT_SIZE = 20;

	private SearchRequests() {
	}

	public static SearchRequest from(MultiValueMap<String, String> params, CatalogSearch catalog) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : catalog.facetNames()) {
			List<String> values = params.getOrDefault(facet, List.of()).stream().filter(v -> !v.isBlank()).distinct()
				.toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		String q = params.getFirst("q");
		if (q != null && q.length() > 500) {
			throw new BadRequestException("search.q.tooLong", 500);
		}
		int page = number(params.getFirst("page"), 0, "page");
		int size = number(params.getFirst("size"), DEFAULT_SIZE, "size");
		if (page < 0 || size < 1 || size > SearchRequest.MAX_SIZE) {
			throw new BadRequestException("search.paging.invalid", SearchRequest.MAX_SIZE);
		}
		return new SearchRequest(q, filters, params.getFirst("sort"), page, size);
	}

	private static int number(String value, int fallback, String name) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("search.paging.invalid", SearchRequest.MAX_SIZE);
		}
	}

}
