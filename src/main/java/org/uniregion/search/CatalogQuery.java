package org.uniregion.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
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

	/** The query syntax users may type: {@code "phrases"}, {@code +}/{@code |}/{@code -}, {@code ( )}, {@code word*}, {@code \\}. */
	static final java.util.Set<SimpleQueryFlag> SYNTAX = java.util.EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.PREFIX,
			SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE);

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
		SearchScope<E> index = session.scope(entity);
		SearchPredicate allowed = scope.apply(index.predicate());
		SearchPredicate words = request.hasText() ? text(index.predicate(), request.q()) : null;
		LuceneIndexScope lucene = index.extension(LuceneExtension.get());
		FacetCache.Key key = new FacetCache.Key(this.kind, words == null ? null : request.q(),
				LuceneMigrationUtils.toLuceneQuery(allowed), request.filters());
		IndexReader reader = lucene.openIndexReader();
		try {
			// Facet counts of the same search on the same state of the index are taken as they were counted.
			List<Object> version = FacetCache.version(reader);
			Map<String, Map<String, Long>> counts = FACETS.get(key, version);
			SearchResult<List<?>> result = fetch(session, index, entity, request, allowed, words, sort, counts == null);
			IndexReader after = lucene.openIndexReader();
			reader.close();
			reader = after;
			boolean unchanged = version != null && version.equals(FacetCache.version(after));
			if (counts == null) {
				counts = counts(result);
				if (unchanged) {
					FACETS.put(key, version, counts);
				}
			}
			else if (!unchanged) {
				// The index changed while the search ran: count again, with the hits, on one state of the index.
				result = fetch(session, index, entity, request, allowed, words, sort, true);
				counts = counts(result);
				reader.close();
				reader = lucene.openIndexReader();
			}
			List<SearchHit> hits = hits(result, reader, words, mapper);
			return SearchAnswer.of(hits, request, result.total().hitCount(), facets(counts, request, locale, facetLabel),
					result.took().toMillis()).withIndexing(IndexRebuilds.of(session));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				reader.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Facet counts by state of the index, for all catalogs (keyed by catalog). */
	private static final FacetCache FACETS = new FacetCache();

	/** The page of hits (entity, id, score) and, if asked, every facet's counts over all hits. */
	private <E> SearchResult<List<?>> fetch(SearchSession session, SearchScope<E> index, Class<E> entity,
			SearchRequest request, SearchPredicate allowed, @Nullable SearchPredicate words,
			Function<SearchSortFactory, SortFinalStep> sort, boolean withFacets) {
		var query = session.search(index)
			.select(f -> f.composite(f.entity(entity), f.id(), f.score()))
			.where((f, root) -> {
				root.add(allowed);
				if (words != null) {
					root.add(words);
				}
				for (FacetField facet : this.facets) {
					List<String> selected = request.filter(facet.name());
					if (!selected.isEmpty()) {
						root.add(f.terms().field(facet.field()).matchingAny(selected, ValueModel.STRING));
					}
				}
			})
			.sort(sort);
		if (withFacets) {
			for (FacetField facet : this.facets) {
				query = query.aggregation(AggregationKey.of(facet.name()),
						f -> f.terms().field(facet.field(), String.class, ValueModel.STRING).maxTermCount(30));
			}
		}
		return query.fetch(request.offset(), request.size());
	}

	private Map<String, Map<String, Long>> counts(SearchResult<List<?>> result) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (FacetField facet : this.facets) {
			AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
			counts.put(facet.name(), Collections.unmodifiableMap(result.aggregation(key)));
		}
		return Collections.unmodifiableMap(counts);
	}

	/**
	 * The hits with their highlighted title and snippet, from the index's stored text and term vectors
	 * ({@link StoredHighlights}), marked by the plain highlighter; {@link Highlights} escapes everything and turns
	 * only the marks into markup.
	 */
	private <E> List<SearchHit> hits(SearchResult<List<?>> result, IndexReader reader, @Nullable SearchPredicate words,
			HitMapper<E> mapper) throws IOException {
		List<SearchHit> hits = new ArrayList<>();
		Query marked = words == null ? null : LuceneMigrationUtils.toLuceneQuery(words);
		for (List<?> row : result.hits()) {
			@SuppressWarnings("unchecked")
			E e = (E) row.get(0);
			int doc = StoredHighlights.doc(reader, String.valueOf(row.get(1)));
			List<String> titles = doc < 0 ? List.of()
					: StoredHighlights.fragments(reader, doc, this.titleField, marked, ANALYZER, StoredHighlights.TITLE);
			List<String> snippets = doc < 0 ? List.of()
					: StoredHighlights.fragments(reader, doc, this.snippetField, marked, ANALYZER, StoredHighlights.SNIPPET);
			String title = Highlights.html(titles.isEmpty() ? "" : titles.get(0));
			String snippet = String.join(" … ", snippets.stream().map(Highlights::html).toList());
			hits.add(mapper.map(e, title, snippet, (Float) row.get(2)));
		}
		return hits;
	}

	private List<Facet> facets(Map<String, Map<String, Long>> all, SearchRequest request, Locale locale,
			Function<String, String> facetLabel) {
		List<Facet> facets = new ArrayList<>();
		for (FacetField facet : this.facets) {
			Map<String, Long> counts = all.get(facet.name());
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
		return facets;
	}

	/**
	 * The ids of every record the words match, in no particular order: what a list or an export filtered by the
	 * same words holds (the caller's scope is the list's own business). Used for lists' {@code q}, so that the
	 * list, its export and the search hold the same records.
	 */
	public List<Long> ids(SearchSession session, Class<?> entity, String q) {
		return session.search(entity).select(f -> f.id(Long.class)).where(f -> f.bool().must(text(f, q))).fetchAllHits();
	}

	/**
	 * A list's condition "one of these ids" (the ids from {@link #ids}), bound as one array parameter however
	 * many there are.
	 */
	public static <T> org.springframework.data.jpa.domain.Specification<T> idIn(List<Long> ids) {
		Long[] array = ids.toArray(Long[]::new);
		return (root, query, cb) -> array.length == 0 ? cb.disjunction()
				: ((org.hibernate.query.criteria.HibernateCriteriaBuilder) cb).arrayContains(array, root.<Long>get("id"));
	}

	/**
	 * The words as a predicate. Every record with any of the words matches (recall, the user's operators
	 * respected); among them, those that hold all the words, and those that hold them close together, score
	 * higher ({@link Ranking}). Fuzzy ({@code a~}) and proximity ({@code "a b"~2}) syntax is not offered: the
	 * characters count as text.
	 */
	public SearchPredicate text(SearchPredicateFactory f, String q) {
		String words = q.trim();
		SearchPredicate recall = simpleQuery(f, words, BooleanOperator.OR);
		List<String> terms = terms(words);
		Ranking ranking = CatalogQuery.ranking;
		if (terms.size() < 2 || ranking.equals(Ranking.NONE)) {
			return recall;
		}
		var bool = f.bool().must(recall);
		if (ranking.allTerms() > 0) {
			var all = f.bool();
			for (String term : terms) {
				var match = f.match().field(firstField());
				for (String field : this.text.keySet()) {
					if (!field.equals(firstField())) {
						match = match.field(field);
					}
				}
				all.must(match.matching(term).skipAnalysis());
			}
			bool.should(all.constantScore().boost(ranking.allTerms()));
		}
		if (ranking.phrase() > 0) {
			var phrase = f.phrase();
			var step = phrase.field(firstField()).boost(this.text.get(firstField()));
			for (Map.Entry<String, Float> e : this.text.entrySet()) {
				if (!e.getKey().equals(firstField())) {
					step = step.field(e.getKey()).boost(e.getValue());
				}
			}
			bool.should(step.matching(words).slop(ranking.slop()).boost(ranking.phrase()));
		}
		return bool.toPredicate();
	}

	private SearchPredicate simpleQuery(SearchPredicateFactory f, String words, BooleanOperator operator) {
		var step = f.simpleQueryString().field(firstField()).boost(this.text.get(firstField()));
		for (Map.Entry<String, Float> e : this.text.entrySet()) {
			if (!e.getKey().equals(firstField())) {
				step = step.field(e.getKey()).boost(e.getValue());
			}
		}
		return step.matching(words).defaultOperator(operator).flags(SYNTAX).toPredicate();
	}

	private String firstField() {
		return this.text.keySet().iterator().next();
	}

	/** The distinct words of the text as the index has them (segmented, stemmed, without stop words). */
	static List<String> terms(String text) {
		java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
		try (org.apache.lucene.analysis.TokenStream ts = ANALYZER.tokenStream("q", text)) {
			var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				terms.add(term.toString());
			}
			ts.end();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}

	private static final org.apache.lucene.analysis.Analyzer ANALYZER = Analyzers.bilingual();

	/**
	 * How much holding all the words ({@code allTerms}, added to the score as a constant) and holding them
	 * close together ({@code phrase}, within {@code slop} positions, added as the phrase's score) count, on top
	 * of the any-word match. Tuned on the judged queries ({@code JudgedQueriesIntegrationTests}).
	 */
	public record Ranking(float allTerms, float phrase, int slop) {

		/** Any word matches, nothing more: the ranking before the judged queries. */
		public static final Ranking NONE = new Ranking(0, 0, 0);

		public static final Ranking DEFAULT = new Ranking(5f, 1f, 3);

	}

	/** The ranking in use (a field so that the judged-queries test can compare rankings on one index). */
	static volatile Ranking ranking = Ranking.DEFAULT;

	private FacetField facet(String name) {
		return this.facets.stream().filter(f -> f.name().equals(name)).findFirst()
			.orElseThrow(() -> new BadRequestException("search.facet.unknown", name, String.join(", ", facetNames())));
	}

}
