package org.uniregion.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.uniregion.shared.BadRequestException;

/**
 * How a catalog is searched: which text fields count and how much, which facets it offers, how it sorts. One
 * run turns a {@link SearchRequest} into one Lucene query (text, filters, the caller's scope), with facet
 * counts and HTML-safe highlights, and loads the hits' entities from the database in one go.
 *
 * @param kind the catalog's name
 * @param text full-text fields and their boosts (title above keywords above abstract)
 * @param titleField the field whose highlight becomes the hit's title
 * @param snippetField the field whose highlight becomes the hit's snippet
 * @param facets the facets, in display order
 * @param sorts sorts by name; "relevance" is added (score first, then the first sort given)
 */
public record CatalogQuery(String kind, Map<String, Float> text, String titleField, String snippetField,
		List<FacetField> facets, Map<String, Function<SearchSortFactory, SortFinalStep>> sorts) {

	public static final String RELEVANCE = "relevance";

	static final String MARK_OPEN = "<mark>";

	static final String MARK_CLOSE = "</mark>";

	/**
	 * A facet: the index field it counts, which filter values are well-formed, and how values are labelled.
	 *
	 * @param labelKey the message code of the facet's name
	 * @param accepts whether a filter value is well-formed for the field (else the request is refused, 400)
	 * @param labels labels of values in a language (values left out are shown as they are)
	 */
	public record FacetField(String name, String field, String labelKey, Predicate<String> accepts,
			BiFunction<Collection<String>, Locale, Map<String, String>> labels) {
	}

	/** What the catalog makes of one hit: the entity, its highlighted title and snippet, and its score. */
	public interface HitMapper<E> {

		SearchHit map(E entity, String titleHtml, String snippetHtml, float score);

	}

	public CatalogQuery {
		text = Map.copyOf(text);
		facets = List.copyOf(facets);
		LinkedHashMap<String, Function<SearchSortFactory, SortFinalStep>> all = new LinkedHashMap<>();
		Function<SearchSortFactory, SortFinalStep> fallback = sorts.values().iterator().next();
		all.put(RELEVANCE, f -> f.composite(c -> c.add(f.score()).add(fallback.apply(f))));
		all.putAll(sorts);
		sorts = java.util.Collections.unmodifiableMap(all);
	}

	public List<String> facetNames() {
		return this.facets.stream().map(FacetField::name).toList();
	}

	public List<String> sortNames() {
		return List.copyOf(this.sorts.keySet());
	}

	/**
	 * Runs the request within {@code scope} (the caller's part of the catalog, from the access policy).
	 * Facet labels are resolved with {@code facetLabel} (message code to text).
	 */
	public <E> SearchAnswer run(SearchSession session, Class<E> entity, SearchRequest request,
			Function<SearchPredicateFactory, SearchPredicate> scope, Locale locale, Function<String, String> facetLabel,
			HitMapper<E> mapper) {
		if (request.offset() + request.size() > SearchRequest.MAX_WINDOW) {
			throw new BadRequestException("search.page.tooDeep", SearchRequest.MAX_WINDOW);
		}
		for (String name : request.filters().keySet()) {
			FacetField facet = facet(name);
			for (String value : request.filter(name)) {
				if (!facet.accepts().test(value)) {
					throw new BadRequestException("search.filter.invalid", name, value);
				}
			}
		}
		String sortName = request.sort() == null || request.sort().isBlank() ? RELEVANCE : request.sort();
		if (!this.sorts.containsKey(sortName)) {
			throw new BadRequestException("search.sort.invalid", sortName, String.join(", ", this.sorts.keySet()));
		}
		// Without words there is no relevance: the catalog's own order applies.
		Function<SearchSortFactory, SortFinalStep> sort = RELEVANCE.equals(sortName) && !request.hasText()
				? this.sorts.values().stream().skip(1).findFirst().orElseThrow() : this.sorts.get(sortName);
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		this.facets.forEach(f -> keys.put(f.name(), AggregationKey.of(f.name())));

		var query = session.search(entity)
			.select(f -> f.composite(f.entity(entity), f.highlight(this.titleField).highlighter("title"),
					f.highlight(this.snippetField).highlighter("snippet"), f.score()))
			.where((f, root) -> {
				root.add(scope.apply(f));
				if (request.hasText()) {
					var entries = new ArrayList<>(this.text.entrySet());
					var step = f.simpleQueryString().field(entries.get(0).getKey()).boost(entries.get(0).getValue());
					for (Map.Entry<String, Float> e : entries.subList(1, entries.size())) {
						step = step.field(e.getKey()).boost(e.getValue());
					}
					root.add(step.matching(request.q().trim()).defaultOperator(BooleanOperator.OR));
				}
				for (FacetField facet : this.facets) {
					List<String> selected = request.filter(facet.name());
					if (!selected.isEmpty()) {
						root.add(f.terms().field(facet.field()).matchingAny(selected, ValueModel.STRING));
					}
				}
			})
			// The plain highlighter bounds fragments also where nothing matched (browsing without words).
			.highlighter("title", h -> h.plain().encoder(HighlighterEncoder.HTML).tag(MARK_OPEN, MARK_CLOSE)
				.numberOfFragments(1).fragmentSize(1000).noMatchSize(1000))
			.highlighter("snippet", h -> h.plain().encoder(HighlighterEncoder.HTML).tag(MARK_OPEN, MARK_CLOSE)
				.numberOfFragments(2).fragmentSize(160).noMatchSize(240))
			.sort(sort);
		for (FacetField facet : this.facets) {
			query = query.aggregation(keys.get(facet.name()),
					f -> f.terms().field(facet.field(), String.class, ValueModel.STRING).maxTermCount(30));
		}
		SearchResult<List<?>> result = query.fetch(request.offset(), request.size());

		List<SearchHit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			@SuppressWarnings("unchecked")
			E e = (E) row.get(0);
			hits.add(mapper.map(e, first(row.get(1)), String.join(" … ", strings(row.get(2))), (Float) row.get(3)));
		}
		List<Facet> facets = new ArrayList<>();
		for (FacetField facet : this.facets) {
			Map<String, Long> counts = result.aggregation(keys.get(facet.name()));
			Map<String, String> labels = facet.labels().apply(counts.keySet(), locale);
			List<Facet.Value> values = new ArrayList<>();
			List<String> selected = request.filter(facet.name());
			counts.forEach((value, count) -> values.add(new Facet.Value(value, labels.getOrDefault(value, value), count,
					selected.contains(value))));
			// A selected value stays visible (to be unselected) even when nothing has it any more.
			for (String s : selected) {
				if (!counts.containsKey(s)) {
					values.add(new Facet.Value(s, labels.getOrDefault(s, s), 0, true));
				}
			}
			facets.add(new Facet(facet.name(), facetLabel.apply(facet.labelKey()), values));
		}
		return SearchAnswer.of(hits, request, result.total().hitCount(), facets, result.took().toMillis());
	}

	private FacetField facet(String name) {
		return this.facets.stream().filter(f -> f.name().equals(name)).findFirst()
			.orElseThrow(() -> new BadRequestException("search.facet.unknown", name, String.join(", ", facetNames())));
	}

	private static List<String> strings(Object value) {
		List<String> out = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(v -> out.add(String.valueOf(v)));
		}
		return out;
	}

	private static String first(Object value) {
		List<String> all = strings(value);
		return all.isEmpty() ? "" : all.get(0);
	}

}
