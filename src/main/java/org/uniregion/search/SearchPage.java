package org.uniregion.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a search page shows: the answer, and for every facet value the link that selects or unselects it
 * (keeping the words, the sort and the other filters, back to the first page).
 *
 * @param page the hits as a page, for the layout's pager
 * @param facets the facets with their links
 * @param active the selected filters, each with the link that removes it
 * @param selected the selected filter values
 */
public record SearchPage(String action, String kind, String q, String sort, List<String> sorts, SearchAnswer answer,
		Page<SearchHit> page, List<FacetLinks> facets, List<Link> active, List<Selected> selected) {

	/** A selected filter value, carried as a hidden field when the words or the sort change. */
	public record Selected(String name, String value) {
	}

	public record Link(String label, String href, long count, boolean selected) {
	}

	public record FacetLinks(String name, String label, List<Link> values) {
	}

	/** Builds the page for a search at {@code action} (e.g. "/search" or "/catalog") with these parameters. */
	public static SearchPage of(String action, CatalogSearch catalog, SearchRequest request, SearchAnswer answer,
			MultiValueMap<String, String> params) {
		List<FacetLinks> facets = new ArrayList<>();
		List<Link> active = new ArrayList<>();
		List<Selected> selected = new ArrayList<>();
		request.filters().forEach((name, values) -> values.forEach(v -> selected.add(new Selected(name, v))));
		for (Facet facet : answer.facets()) {
			List<Link> links = new ArrayList<>();
			for (Facet.Value v : facet.values()) {
				Link link = new Link(v.label(), toggle(action, params, facet.name(), v.value()), v.count(), v.selected());
				links.add(link);
				if (v.selected()) {
					active.add(new Link(facet.label() + ": " + v.label(), link.href(), v.count(), true));
				}
			}
			if (!links.isEmpty()) {
				facets.add(new FacetLinks(facet.name(), facet.label(), links));
			}
		}
		long reachable = Math.min(answer.page().totalElements(), SearchRequest.MAX_WINDOW);
		Page<SearchHit> page = new PageImpl<>(answer.content(), PageRequest.of(request.page(), request.size()), reachable);
		String sort = request.sort() == null || request.sort().isBlank() ? CatalogQuery.RELEVANCE : request.sort();
		return new SearchPage(action, catalog.kind(), request.q() == null ? "" : request.q(), sort, catalog.sorts(),
				answer, page, facets, active, selected);
	}

	private static String toggle(String action, MultiValueMap<String, String> params, String facet, String value) {
		MultiValueMap<String, String> next = new LinkedMultiValueMap<>();
		params.forEach((k, v) -> {
			if (!"page".equals(k)) {
				next.put(k, new ArrayList<>(v));
			}
		});
		List<String> values = next.computeIfAbsent(facet, k -> new ArrayList<>());
		if (!values.remove(value)) {
			values.add(value);
		}
		if (values.isEmpty()) {
			next.remove(facet);
		}
		return UriComponentsBuilder.fromPath(action).queryParams(next).encode().build().toUriString();
	}

}
