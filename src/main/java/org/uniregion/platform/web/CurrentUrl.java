package org.uniregion.platform.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed, so that paging and sorting keep the
 * search and filters. Used by the layout's pager and sortable headers as {@code ${url.with('page', 2)}}.
 */
public final class CurrentUrl {

	public String with(String param, Object value) {
		var b = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(param, value);
		if (!"page".equals(param)) {
			b.replaceQueryParam("page");
		}
		// The request's query is already encoded; the values set here are ASCII (numbers, "title,asc").
		var c = b.build(true);
		return c.getPath() + query(c.getQuery());
	}

	/** A header link that sorts by {@code property}, toggling the direction when it already sorts by it. */
	public String sort(String property, String currentSort) {
		String next = (property + ",asc").equals(currentSort) ? property + ",desc" : property + ",asc";
		return with("sort", next);
	}

	public String path() {
		return ServletUriComponentsBuilder.fromCurrentRequest().build().getPath();
	}

	/** The current path and query, to come back to after switching the language. */
	public String here() {
		var c = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang").build(true);
		return c.getPath() + query(c.getQuery());
	}

	private static String query(@org.jspecify.annotations.Nullable String q) {
		return q == null || q.isEmpty() ? "" : "?" + q;
	}

}
