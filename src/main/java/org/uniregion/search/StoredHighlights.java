package org.uniregion.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.search.highlight.TokenStreamFromTermVector;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * Highlights the title and the snippet of a page of hits from what the index stored when it indexed them: the
 * text and its term vectors (each term with its positions and offsets). Nothing is segmented again per request
 * — SmartCN re-segmenting 20 titles and abstracts was 40% of a search. The highlighting itself is Lucene's plain
 * highlighter configured as Hibernate Search configures its own for the catalog's settings (span fragmenter,
 * fragments by score, no encoder, the text's start where nothing matched), on the same query and the same
 * stored text, so the output is the same as Hibernate Search's plain highlighter's. A document indexed before
 * its fields had term vectors (an index an older version built, until it is rebuilt) is analyzed as before.
 */
public final class StoredHighlights {

	/** The field in which Hibernate Search's Lucene backend indexes the document id. */
	static final String ID_FIELD = "__HSEARCH_id";

	/**
	 * How one field is highlighted.
	 *
	 * @param fragments how many fragments at most
	 * @param fragmentSize the fragments' length
	 * @param noMatchSize how much of the text's start is shown where nothing matched
	 */
	public record Settings(int fragments, int fragmentSize, int noMatchSize) {
	}

	/** The hit's title: one fragment of up to 1,000 characters (the whole title, in practice). */
	public static final Settings TITLE = new Settings(1, 1000, 1000);

	/** The hit's snippet: the two best passages of about 160 characters, or the first 240 characters. */
	public static final Settings SNIPPET = new Settings(2, 160, 240);

	private StoredHighlights() {
	}

	/**
	 * The highlighted fragments of {@code field} of the document with this id (marks {@link Highlights#OPEN} and
	 * {@link Highlights#CLOSE}, nothing escaped); empty if the document or the field is not there.
	 *
	 * @param query the query whose words are marked, or null (nothing to mark: the text's start)
	 */
	public static List<String> fragments(IndexReader reader, int doc, String field, @Nullable Query query, Analyzer analyzer,
			Settings settings) throws IOException {
		Document stored = reader.storedFields().document(doc, Set.of(field));
		String text = stored.get(field);
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<String> out = new ArrayList<>(settings.fragments());
		if (query != null) {
			QueryScorer scorer = new QueryScorer(query, field);
			scorer.setExpandMultiTermQuery(true);
			Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(Highlights.OPEN, Highlights.CLOSE),
					new DefaultEncoder(), scorer);
			highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, settings.fragmentSize()));
			highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
			try {
				for (TextFragment fragment : highlighter.getBestTextFragments(tokens(reader.termVectors(), doc, field,
						text, analyzer), text, false, settings.fragments())) {
					if (fragment != null && fragment.getScore() > 0) {
						out.add(fragment.toString());
					}
				}
			}
			catch (InvalidTokenOffsetsException ex) {
				throw new IOException(ex);
			}
		}
		if (out.isEmpty()) {
			out.add(text.substring(0, Math.min(settings.noMatchSize(), text.length())));
		}
		return out;
	}

	/** The text's tokens from its term vector, or from the analyzer if the document has none. */
	private static TokenStream tokens(TermVectors vectors, int doc, String field, String text, Analyzer analyzer)
			throws IOException {
		Terms vector = vectors.get(doc, field);
		if (vector != null && vector.hasOffsets() && vector.hasPositions()) {
			return new TokenStreamFromTermVector(vector, -1);
		}
		return analyzer.tokenStream(field, text);
	}

	/** The live document with this id in the reader, or -1. */
	public static int doc(IndexReader reader, String id) throws IOException {
		Term term = new Term(ID_FIELD, id);
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader r = leaf.reader();
			PostingsEnum postings = r.postings(term, PostingsEnum.NONE);
			if (postings == null) {
				continue;
			}
			Bits live = r.getLiveDocs();
			for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
				if (live == null || live.get(d)) {
					return leaf.docBase + d;
				}
			}
		}
		return -1;
	}

	/** Whether every document in the reader has term vectors for these fields (else they are analyzed again). */
	static boolean hasVectors(IndexReader reader, List<String> fields) {
		for (LeafReaderContext leaf : reader.leaves()) {
			for (String field : fields) {
				var info = leaf.reader().getFieldInfos().fieldInfo(field);
				if (info != null && !info.hasVectors()) {
					return false;
				}
			}
		}
		return true;
	}

}
