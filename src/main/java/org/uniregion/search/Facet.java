package org.uniregion.search;

import java.util.List;

/** The values of one facet among the hits, with their counts, most frequent first; labels in the caller's language. */
public record Facet(String name, String label, List<Value> values) {

	public record Value(String value, String label, long count, boolean selected) {
	}

}
