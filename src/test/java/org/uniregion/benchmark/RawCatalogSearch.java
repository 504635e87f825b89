package org.uniregion.benchmark;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.uniregion.search.Highlights;
import org.uniregion.search.StoredHighlights;

/**
 * The catalog search done by hand with Lucene and JDBC, doing the same work as the product's answer and
 * nothing else: the same query (any-word recall over the weighted fields with the user's operators, all words
 * as a constant boost, the words close together as a phrase boost), sorted by score then newest, top 20 and the
 * exact hit count; every facet counted over every hit from the same doc values, top 30 values each; the title
 * and snippet highlighted by the same highlighter from the same stored text and term vectors, HTML-escaped; and
 * the 20 rows read by id with one plain JDBC query.
 */
final class RawCatalogSearch {

	/** The weighted full-text fields, as the results catalog has them. */
	static final Map<String, Float> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("title", 3f);
		FIELDS.put("keywords", 2f);
		FIELDS.put("abstract", 1f);
		FIELDS.put("people", 0.5f);
	}

	/** The facets, as the results catalog has them. */
	static final List<String> FACETS = List.of("type", "discipline", "industry", "ipcSection", "trl", "transferMode",
			"visibility", "language", "source");

	/** SimpleQueryParser's flags for the syntax the catalog offers (AND, OR, NOT, phrase, precedence, prefix, escape, whitespace). */
	static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
			| SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

	static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("createdAt", SortField.Type.LONG, true));

	/** One hit: the row as read by JDBC, its highlighted title and snippet. */
	record Hit(long id, Row row, String titleHtml, String snippetHtml, float score) {
	}

	/** The columns of a result the product's hit shows. */
	record Row(long id, String type, String title, String abstractText, String[] keywords, String discipline,
			Integer trl, String visibility, String language, String source, String lab, boolean demo) {
	}

	record Answer(List<Hit> hits, long total, Map<String, Map<String, Long>> facets) {
	}

	private final IndexSearcher searcher;

	private final Analyzer analyzer;

	private final DataSource dataSource;

	RawCatalogSearch(IndexReader reader, Analyzer analyzer, DataSource dataSource) {
		this.searcher = new IndexSearcher(reader);
		this.analyzer = analyzer;
		this.dataSource = dataSource;
	}

	Answer search(String q) throws IOException, SQLException {
		Query query = query(this.analyzer, q);
		TopFieldCollectorManager top = new TopFieldCollectorManager(SORT, 20, null, Integer.MAX_VALUE, false);
		FacetCounts facets = new FacetCounts();
		Object[] results = this.searcher.search(query, new MultiCollectorManager(top, facets));
		TopDocs docs = (TopDocs) results[0];
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Long>> counts = (Map<String, Map<String, Long>>) results[1];
		IndexReader reader = this.searcher.getIndexReader();
		List<Long> ids = new ArrayList<>();
		List<String[]> highlights = new ArrayList<>();
		for (ScoreDoc d : docs.scoreDocs) {
			ids.add(id(reader, d.doc));
			List<String> titles = StoredHighlights.fragments(reader, d.doc, "title", query, this.analyzer,
					StoredHighlights.TITLE);
			List<String> snippets = StoredHighlights.fragments(reader, d.doc, "abstract", query, this.analyzer,
					StoredHighlights.SNIPPET);
			highlights.add(new String[] { Highlights.html(titles.isEmpty() ? "" : titles.get(0)),
					String.join(" … ", snippets.stream().map(Highlights::html).toList()) });
		}
		Map<Long, Row> rows = rows(ids);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			hits.add(new Hit(ids.get(i), rows.get(ids.get(i)), highlights.get(i)[0], highlights.get(i)[1],
					docs.scoreDocs[i].score));
		}
		return new Answer(hits, docs.totalHits.value, counts);
	}

	/**
	 * The catalog's query: any word (the user's operators respected) over the weighted fields; with two words or
	 * more, holding all of them adds 5 and holding them within 3 positions adds the phrase's score.
	 */
	static Query query(Analyzer analyzer, String q) throws IOException {
		String words = q.trim();
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS, SYNTAX);
		parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
		Query recall = parser.parse(words);
		List<String> terms = terms(analyzer, words);
		if (terms.size() < 2) {
			return recall;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (String field : FIELDS.keySet()) {
				any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
			}
			all.add(any.build(), BooleanClause.Occur.MUST);
		}
		QueryBuilder builder = new QueryBuilder(analyzer);
		BooleanQuery.Builder phrase = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
			Query p = builder.createPhraseQuery(field.getKey(), words, 3);
			if (p != null) {
				phrase.add(new BoostQuery(p, field.getValue()), BooleanClause.Occur.SHOULD);
			}
		}
		return new BooleanQuery.Builder().add(recall, BooleanClause.Occur.MUST)
			.add(new BoostQuery(new ConstantScoreQuery(all.build()), 5f), BooleanClause.Occur.SHOULD)
			.add(phrase.build(), BooleanClause.Occur.SHOULD)
			.build();
	}

	static List<String> terms(Analyzer analyzer, String text) throws IOException {
		LinkedHashSet<String> terms = new LinkedHashSet<>();
		try (TokenStream ts = analyzer.tokenStream("q", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				terms.add(term.toString());
			}
			ts.end();
		}
		return List.copyOf(terms);
	}

	/** The record id of a document (Hibernate Search keeps it in binary doc values). */
	private static long id(IndexReader reader, int doc) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		BinaryDocValues values = DocValues.getBinary(leaf.reader(), "__HSEARCH_id_docvalue");
		if (!values.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("document " + doc + " has no id");
		}
		return Long.parseLong(values.binaryValue().utf8ToString());
	}

	private Map<Long, Row> rows(List<Long> ids) throws SQLException {
		Map<Long, Row> out = new HashMap<>();
		try (Connection c = this.dataSource.getConnection();
				PreparedStatement ps = c.prepareStatement("select id, type, title, abstract_text, keywords, discipline, "
						+ "trl, visibility, language, source, lab, demo from research_result where id = any(?)")) {
			ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Array keywords = rs.getArray(5);
					long id = rs.getLong(1);
					out.put(id, new Row(id, rs.getString(2), rs.getString(3), rs.getString(4),
							keywords == null ? new String[0] : (String[]) keywords.getArray(), rs.getString(6),
							rs.getObject(7, Integer.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
							rs.getBoolean(12)));
				}
			}
		}
		return out;
	}

	/**
	 * Facet counts over every hit: for each facet field, the hits per value in the field's doc values, the 30
	 * most frequent values (ties by value).
	 */
	static final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

		@Override
		public Counter newCollector() {
			return new Counter();
		}

		@Override
		public Map<String, Map<String, Long>> reduce(java.util.Collection<Counter> collectors) {
			Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
			for (String facet : FACETS) {
				Map<String, Long> all = new HashMap<>();
				for (Counter c : collectors) {
					c.counts.getOrDefault(facet, Map.of()).forEach((k, v) -> all.merge(k, v, Long::sum));
				}
				LinkedHashMap<String, Long> top = new LinkedHashMap<>();
				all.entrySet().stream()
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.limit(30)
					.forEach(e -> top.put(e.getKey(), e.getValue()));
				merged.put(facet, top);
			}
			return merged;
		}

		static final class Counter extends SimpleCollector {

			final Map<String, Map<String, Long>> counts = new HashMap<>();

			private final SortedSetDocValues[] sets = new SortedSetDocValues[FACETS.size()];

			private final SortedNumericDocValues[] numbers = new SortedNumericDocValues[FACETS.size()];

			private final long[][] ordinals = new long[FACETS.size()][];

			private final Map<Long, Long>[] numeric = newMaps();

			@SuppressWarnings("unchecked")
			private static Map<Long, Long>[] newMaps() {
				return new Map[FACETS.size()];
			}

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				finishLeaf();
				for (int i = 0; i < FACETS.size(); i++) {
					FieldInfo info = context.reader().getFieldInfos().fieldInfo(FACETS.get(i));
					this.sets[i] = null;
					this.numbers[i] = null;
					this.ordinals[i] = null;
					this.numeric[i] = null;
					if (info == null) {
						continue;
					}
					if (info.getDocValuesType() == DocValuesType.SORTED_SET) {
						this.sets[i] = DocValues.getSortedSet(context.reader(), FACETS.get(i));
						this.ordinals[i] = new long[(int) this.sets[i].getValueCount()];
					}
					else if (info.getDocValuesType() == DocValuesType.SORTED_NUMERIC) {
						this.numbers[i] = DocValues.getSortedNumeric(context.reader(), FACETS.get(i));
						this.numeric[i] = new HashMap<>();
					}
				}
			}

			@Override
			public void collect(int doc) throws IOException {
				for (int i = 0; i < FACETS.size(); i++) {
					SortedSetDocValues set = this.sets[i];
					if (set != null && set.advanceExact(doc)) {
						for (int n = 0; n < set.docValueCount(); n++) {
							this.ordinals[i][(int) set.nextOrd()]++;
						}
					}
					SortedNumericDocValues number = this.numbers[i];
					if (number != null && number.advanceExact(doc)) {
						long previous = Long.MIN_VALUE;
						for (int n = 0; n < number.docValueCount(); n++) {
							long v = number.nextValue();
							if (n == 0 || v != previous) {
								this.numeric[i].merge(v, 1L, Long::sum);
							}
							previous = v;
						}
					}
				}
			}

			@Override
			public void finish() throws IOException {
				finishLeaf();
			}

			private void finishLeaf() throws IOException {
				for (int i = 0; i < FACETS.size(); i++) {
					Map<String, Long> facet = this.counts.computeIfAbsent(FACETS.get(i), k -> new HashMap<>());
					if (this.ordinals[i] != null) {
						for (int ord = 0; ord < this.ordinals[i].length; ord++) {
							if (this.ordinals[i][ord] > 0) {
								BytesRef value = this.sets[i].lookupOrd(ord);
								facet.merge(value.utf8ToString(), this.ordinals[i][ord], Long::sum);
							}
						}
						this.ordinals[i] = null;
					}
					if (this.numeric[i] != null) {
						this.numeric[i].forEach((v, n) -> facet.merge(Long.toString(v), n, Long::sum));
						this.numeric[i] = null;
					}
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		}

	}

}
