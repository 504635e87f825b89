package org.uniregion.search;

import java.util.List;
import java.util.Locale;

import org.uniregion.platform.Caller;

/**
 * A catalog that can be searched: each catalog module maps its own entity to the index and answers here, within
 * the caller's scope. The search module finds the implementations and offers them through one API and one page.
 */
public interface CatalogSearch {

	/** The catalog's name in URLs ("results", "demands"). */
	String kind();

	/** Whether the caller may search this catalog at all. */
	boolean available(Caller caller);

	/** The facets this catalog offers, by name, in display order. */
	List<String> facetNames();

	/** The sorts this catalog offers, "relevance" first. */
	List<String> sorts();

	/** The hits the caller may see, with highlights and facets, in the given language. */
	SearchAnswer search(Caller caller, SearchRequest request, Locale locale);

}
