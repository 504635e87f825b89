package org.uniregion.search;

import java.util.List;

/**
 * One hit of a search, ready to show. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which
 * only the matched words are wrapped in {@code <mark>}: safe to insert as markup.
 *
 * @param kind the catalog ("results", "demands")
 * @param tags short labels in the caller's language (type, readiness, status, region, …)
 */
public record SearchHit(String kind, long id, String title, String titleHtml, String snippetHtml, List<String> tags,
		String url, boolean demo, float score) {

}
