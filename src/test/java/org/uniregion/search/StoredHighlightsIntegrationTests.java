package org.uniregion.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.uniregion.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlights read from the index's term vectors ({@link StoredHighlights}) are exactly those Hibernate Search's
 * plain highlighter computes by analyzing the stored text again, as the catalog search configured it before: same
 * marks, same fragments, same order, same no-match text — for the judged queries and for the query syntax users
 * may type (phrases, prefixes, operators), on both catalogs of the demo data.
 */
@IntegrationTest
class StoredHighlightsIntegrationTests {

	@Autowired
	EntityManagerFactory emf;

	static List<String> queries() throws IOException {
		List<String> out = new ArrayList<>();
		JudgedQueriesIntegrationTests.judged().forEach(j -> out.add(j.q()));
		out.addAll(List.of("\"heat pipe\"", "batter*", "电池 -锂", "solar | wind", "(thermal control) +spacecraft",
				"锂离子电池 容量", "的", "system", "水 污染 治理", "\"土壤 重金属\"", "sensor", "a*", "<script>", "需求"));
		return out;
	}

	@ParameterizedTest
	@MethodSource("queries")
	void storedHighlightsAreThePlainHighlightersOwn(String q) throws IOException {
		Analyzer analyzer = Analyzers.bilingual();
		try (EntityManager em = this.emf.createEntityManager()) {
			SearchSession session = Search.session(em);
			int compared = 0;
			for (SearchIndexedEntity<?> entity : Search.mapping(this.emf).allIndexedEntities()) {
				String snippetField = entity.indexManager().descriptor().field("abstract").isPresent() ? "abstract" : "text";
				Map<String, Float> text = new LinkedHashMap<>();
				text.put("title", 3f);
				text.put(snippetField, 1f);
				CatalogQuery catalog = new CatalogQuery("test", text, "title", snippetField, List.of(),
						Map.of("newest", f -> f.field("createdAt").desc()));
				SearchScope<?> scope = session.scope(entity.javaClass());
				SearchPredicate words = catalog.text(scope.predicate(), q);
				List<List<?>> rows = session.search(scope)
					.select(f -> f.composite(f.id(), f.highlight("title").highlighter("title"),
							f.highlight(snippetField).highlighter("snippet")))
					.where((f, root) -> {
						root.add(f.matchAll());
						root.add(words);
					})
					.highlighter("title", h -> h.plain().tag(Highlights.OPEN, Highlights.CLOSE)
						.numberOfFragments(1).fragmentSize(1000).noMatchSize(1000))
					.highlighter("snippet", h -> h.plain().tag(Highlights.OPEN, Highlights.CLOSE)
						.numberOfFragments(2).fragmentSize(160).noMatchSize(240))
					.fetchHits(40);
				Query marked = LuceneMigrationUtils.toLuceneQuery(words);
				try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
					for (List<?> row : rows) {
						int doc = StoredHighlights.doc(reader, String.valueOf(row.get(0)));
						assertThat(doc).as("document %s", row.get(0)).isNotNegative();
						assertThat(StoredHighlights.fragments(reader, doc, "title", marked, analyzer, StoredHighlights.TITLE))
							.as("title of %s for %s", row.get(0), q).isEqualTo(row.get(1));
						assertThat(StoredHighlights.fragments(reader, doc, snippetField, marked, analyzer,
								StoredHighlights.SNIPPET))
							.as("snippet of %s for %s", row.get(0), q).isEqualTo(row.get(2));
						compared++;
					}
				}
			}
			if (!q.equals("<script>") && !q.equals("的")) {
				assertThat(compared).as("hits compared for %s", q).isPositive();
			}
		}
	}

}
