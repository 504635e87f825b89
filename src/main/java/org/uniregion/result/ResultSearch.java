package org.uniregion.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.classification.ClassificationApi;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.ScopePaths;
import org.uniregion.search.CatalogQuery;
import org.uniregion.search.CatalogQuery.FacetField;
import org.uniregion.search.CatalogSearch;
import org.uniregion.search.FacetLabels;
import org.uniregion.search.SearchAnswer;
import org.uniregion.search.SearchHit;
import org.uniregion.search.SearchRequest;
import org.uniregion.search.SearchScopes;

/**
 * Full-text search of research results: title weighted above keywords above the abstract (and the people and
 * lab a little), faceted by type, discipline, industry division, IPC section, readiness, transfer mode,
 * visibility, language and source (the demo catalog's data sets). Every hit lies in the caller's scope: another researcher's draft never appears.
 */
@Component
class ResultSearch implements CatalogSearch {

	static final String KIND = "results";

	/** The index fields that hold what the access policy decides on. */
	private static final ScopePaths INDEX_PATHS = new ScopePaths(null, null, "ownerId", "visibility");

	private final AccessPolicy policy;

	private final ClassificationApi classifications;

	private final FacetLabels labels;

	private final CatalogQuery query;

	@PersistenceContext
	private EntityManager em;

	ResultSearch(AccessPolicy policy, ClassificationApi classifications, MessageSource messages) {
		this.policy = policy;
		this.classifications = classifications;
		this.labels = new FacetLabels(messages);
		Map<String, Float> text = new LinkedHashMap<>();
		text.put("title", 3f);
		text.put("keywords", 2f);
		text.put("abstract", 1f);
		text.put("people", 0.5f);
		Map<String, Function<SearchSortFactory, SortFinalStep>> sorts = new LinkedHashMap<>();
		sorts.put("newest", f -> f.field("createdAt").desc());
		sorts.put("title", f -> f.composite(c -> c.add(f.field("title_sort").asc()).add(f.field("createdAt").desc())));
		sorts.put("trl", f -> f.composite(c -> c.add(f.field("trl").desc().missing().last()).add(f.field("createdAt").desc())));
		this.query = new CatalogQuery(KIND, text, "title", "abstract", List.of(
				new FacetField("type", "type", "result.type", v -> FacetLabels.isName(ResultType.values(), v),
						(values, locale) -> this.labels.messages(values, "result.type.", locale)),
				new FacetField("discipline", "discipline", "result.discipline", v -> v.length() <= 200,
						(values, locale) -> Disciplines.labels(values, locale)),
				new FacetField("industry", "industry", "result.industries", v -> v.matches("[A-T]|\\d{2}"),
						(values, locale) -> FacetLabels.coded(classifications.industryTitles(values, locale))),
				new FacetField("ipcSection", "ipcSection", "search.facet.ipcSection", v -> v.matches("[A-H]"),
						(values, locale) -> FacetLabels.coded(classifications.ipcSectionTitles(values, locale))),
				new FacetField("trl", "trl", "result.trl", v -> v.matches("[1-9]"),
						(values, locale) -> FacetLabels.prefixed(values, "TRL ")),
				new FacetField("transferMode", "transferMode", "result.transferModes",
						v -> FacetLabels.isName(TransferMode.values(), v),
						(values, locale) -> this.labels.messages(values, "result.transferMode.", locale)),
				new FacetField("visibility", "visibility", "result.visibility", v -> FacetLabels.isName(Visibility.values(), v),
						(values, locale) -> this.labels.messages(values, "result.visibility.", locale)),
				new FacetField("language", "language", "search.facet.language", v -> v.matches("[a-z]{2}"),
						(values, locale) -> this.labels.messages(values, "search.language.", locale)),
				new FacetField("source", "source", "result.source", v -> v.matches("[A-Z]{2,16}"),
						(values, locale) -> this.labels.messages(values, "search.source.", locale))),
				sorts);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean available(Caller caller) {
		return this.policy.mayRead(caller, Resource.RESEARCH_RESULT);
	}

	@Override
	public List<String> facetNames() {
		return this.query.facetNames();
	}

	@Override
	public List<String> sorts() {
		return this.query.sortNames();
	}

	@Override
	@Transactional(readOnly = true)
	public SearchAnswer search(Caller caller, SearchRequest request, Locale locale) {
		this.policy.requireRead(caller, Resource.RESEARCH_RESULT);
		var scope = this.policy.readScope(caller, Resource.RESEARCH_RESULT);
		return this.query.run(Search.session(this.em), ResearchResult.class, request,
				f -> SearchScopes.predicate(f, scope, INDEX_PATHS), locale,
				code -> this.labels.message(code, locale),
				(entity, titleHtml, snippetHtml, score) -> hit(caller, entity.toView(), titleHtml, snippetHtml, score,
						locale));
	}

	/** The ids of the results the words match (any scope: the caller's applies where they are used). */
	List<Long> matching(String q) {
		return this.query.ids(Search.session(this.em), ResearchResult.class, q);
	}

	private SearchHit hit(Caller caller, ResultView r, String titleHtml, String snippetHtml, float score,
			Locale locale) {
		List<String> tags = new ArrayList<>();
		tags.add(this.labels.message("result.type." + r.type().name(), locale));
		if (r.trl() != null) {
			tags.add("TRL " + r.trl());
		}
		java.util.Set<String> dataTags = new java.util.HashSet<>();
		if (r.discipline() != null) {
			String discipline = Disciplines.label(r.discipline(), locale);
			tags.add(discipline);
			if (Disciplines.find(r.discipline()).isEmpty()) {
				dataTags.add(discipline);
			}
		}
		if (r.visibility() != Visibility.PUBLISHED) {
			tags.add(this.labels.message("result.visibility." + r.visibility().name(), locale));
		}
		if (r.source() != null) {
			tags.add(this.labels.message("result.source." + r.source(), locale));
		}
		String url = caller.isAnonymous() ? "/catalog/" + r.id() : "/results/" + r.id();
		return new SearchHit(KIND, r.id(), r.title(), titleHtml, snippetHtml, tags, url, r.demo(), score, dataTags);
	}

}
