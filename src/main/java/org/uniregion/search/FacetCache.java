package org.uniregion.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The facet counts of recent searches, each with the state of the index it was counted on, so that the next
 * page of a search, or the same search again, does not count every hit again. A count is used only for the very
 * state of the index it was counted on: the versions of the index's readers, taken before and after the search
 * ran (the search's own reader lies between the two; readers only move forward), must both equal the count's.
 * After any commit the versions differ and the facets are counted again.
 */
final class FacetCache {

	/**
	 * What the counts depend on: the catalog, the words, the caller's part of the catalog (as the index query it
	 * becomes) and the selected filters. Not the page, the sort or the language.
	 */
	record Key(String kind, @Nullable String q, Query scope, Map<String, List<String>> filters) {
	}

	/** Counts of each facet's values, in the order the search returned them. */
	record Entry(List<Object> version, Map<String, Map<String, Long>> counts) {
	}

	private final Cache<Key, Entry> entries = Caffeine.newBuilder().maximumSize(1_000).build();

	/** The counts for this key if they were counted on the index in this {@code version}. */
	@Nullable Map<String, Map<String, Long>> get(Key key, @Nullable List<Object> version) {
		if (version == null) {
			return null;
		}
		Entry entry = this.entries.getIfPresent(key);
		return entry != null && entry.version().equals(version) ? entry.counts() : null;
	}

	void put(Key key, @Nullable List<Object> version, Map<String, Map<String, Long>> counts) {
		if (version != null) {
			this.entries.put(key, new Entry(version, counts));
		}
	}

	/** The versions of the index readers under this reader, or null if they cannot be told. */
	static @Nullable List<Object> version(IndexReader reader) {
		List<IndexReaderContext> children = reader.getContext().children();
		if (children == null) {
			return reader instanceof DirectoryReader d ? List.of(d.getVersion()) : null;
		}
		List<Object> versions = new ArrayList<>(children.size());
		for (IndexReaderContext child : children) {
			if (!(child.reader() instanceof DirectoryReader d)) {
				return null;
			}
			versions.add(d.getVersion());
		}
		return versions;
	}

}
