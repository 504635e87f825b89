package org.uniregion.demand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.uniregion.region.RegionApi;
import org.uniregion.region.RegionView;
import org.uniregion.search.CatalogQuery;
import org.uniregion.search.CatalogQuery.FacetField;
import org.uniregion.search.CatalogSearch;
import org.uniregion.search.FacetLabels;
import org.uniregion.search.SearchAnswer;
import org.uniregion.search.SearchHit;
import org.uniregion.search.SearchRequest;
import org.uniregion.search.SearchScopes;

/**
 * Full-text search of demands: the title weighted above the text, faceted by status, industry division,
 * province and source. Every hit lies in the caller's scope: a region partner sees its region and the regions
 * below it, an enterprise its organization's and its own demands, never another enterprise's.
 */
@Component
class DemandSearch implements CatalogSearch {

	static final String KIND = "demands";

	/** The index fields that hold what the access policy decides on. */
	private static final ScopePaths INDEX_PATHS = new ScopePaths("regionCode", "organizationId", "ownerId", null);

	private final AccessPolicy policy;

	private final ClassificationApi classifications;

	private final RegionApi regions;

	private final FacetLabels labels;

	private final CatalogQuery query;

	@PersistenceContext
	private EntityManager em;

	DemandSearch(AccessPolicy policy, ClassificationApi classifications, RegionApi regions, MessageSource messages) {
		this.policy = policy;
		this.classifications = classifications;
		this.regions = regions;
		this.labels = new FacetLabels(messages);
		Map<String, Float> text = new LinkedHashMap<>();
		text.put("title", 3f);
		text.put("text", 1f);
		Map<String, Function<SearchSortFactory, SortFinalStep>> sorts = new LinkedHashMap<>();
		sorts.put("newest", f -> f.field("createdAt").desc());
		sorts.put("deadline", f -> f.composite(c -> c.add(f.field("deadline").asc().missing().last())
			.add(f.field("createdAt").desc())));
		sorts.put("budget", f -> f.composite(c -> c.add(f.field("budget").desc().missing().last())
			.add(f.field("createdAt").desc())));
		sorts.put("title", f -> f.composite(c -> c.add(f.field("title_sort").asc()).add(f.field("createdAt").desc())));
		this.query = new CatalogQuery(KIND, text, "title", "text", List.of(
				new FacetField("status", "status", "demand.status", v -> FacetLabels.isName(DemandStatus.values(), v),
						(values, locale) -> this.labels.messages(values, "demand.status.", locale)),
				new FacetField("industry", "industry", "demand.industry", v -> v.matches("[A-T]|\\d{2}"),
						(values, locale) -> FacetLabels.coded(this.classifications.industryTitles(values, locale))),
				new FacetField("province", "province", "search.facet.province", v -> v.matches("\\d{2}0000"),
						(values, locale) -> regionLabels(values, locale)),
				new FacetField("source", "source", "demand.source", v -> FacetLabels.isName(DemandSource.values(), v),
						(values, locale) -> this.labels.messages(values, "demand.source.", locale))),
				sorts);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean available(Caller caller) {
		return this.policy.mayRead(caller, Resource.DEMAND);
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
		this.policy.requireRead(caller, Resource.DEMAND);
		var scope = this.policy.readScope(caller, Resource.DEMAND);
		return this.query.run(Search.session(this.em), Demand.class, request,
				f -> SearchScopes.predicate(f, scope, INDEX_PATHS), locale,
				code -> this.labels.message(code, locale),
				(d, titleHtml, snippetHtml, score) -> hit(d, titleHtml, snippetHtml, score, locale));
	}

	/** The ids of the demands the words match (any scope: the caller's applies where they are used). */
	List<Long> matching(String q) {
		return this.query.ids(Search.session(this.em), Demand.class, q);
	}

	private SearchHit hit(Demand d, String titleHtml, String snippetHtml, float score, Locale locale) {
		List<String> tags = new ArrayList<>();
		tags.add(this.labels.message("demand.status." + d.getStatus().name(), locale));
		this.regions.find(d.getRegionCode()).ifPresent(r -> tags.add(r.name(locale)));
		if (d.getDeadline() != null) {
			tags.add(d.getDeadline().toString());
		}
		return new SearchHit(KIND, d.id(), d.getTitle(), titleHtml, snippetHtml, tags, "/demands/" + d.id(), d.isDemo(),
				score);
	}

	private Map<String, String> regionLabels(Collection<String> codes, Locale locale) {
		Map<String, String> out = new HashMap<>();
		Map<String, RegionView> found = this.regions.findAll(codes);
		found.forEach((code, view) -> out.put(code, view.name(locale)));
		return out;
	}

}
