package org.uniregion.search;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One hit of a search, ready to show. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which
 * only the matched words are wrapped in {@code <mark>}: safe to insert as markup.
 *
 * @param kind the catalog ("results", "demands")
 * @param tags short labels in the caller's language (type, readiness, status, region, …)
 * @param dataTags those of the tags that are values as stored rather than labels (a discipline outside the
 * vocabulary): pages mark them as data, in whatever language they were typed
 */
public record SearchHit(String kind, long id, String title, String titleHtml, String snippetHtml, List<String> tags,
		String url, boolean demo, float score, @JsonIgnore Set<String> dataTags) {

	/** A hit whose tags are all labels. */
	public SearchHit(String kind, long id, String title, String titleHtml, String snippetHtml, List<String> tags,
			String url, boolean demo, float score) {
		this(kind, id, title, titleHtml, snippetHtml, tags, url, demo, score, Set.of());
	}

}
