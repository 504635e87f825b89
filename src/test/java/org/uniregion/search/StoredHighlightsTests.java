package org.uniregion.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document indexed without term vectors (by a version before them) is highlighted exactly like one with
 * them, by analyzing its text; such an index is told apart, so that it can be indexed again.
 */
class StoredHighlightsTests {

	private static final String TEXT = "一种锂离子电池的热管理方法。The battery pack is cooled by a heat pipe; "
			+ "锂电池在低温下的容量衰减与电池管理系统的设计密切相关，本文提出一种新的加热策略。";

	private static final FieldType WITH_VECTORS = new FieldType(TextField.TYPE_STORED);

	static {
		WITH_VECTORS.setStoreTermVectors(true);
		WITH_VECTORS.setStoreTermVectorPositions(true);
		WITH_VECTORS.setStoreTermVectorOffsets(true);
		WITH_VECTORS.freeze();
	}

	private static Directory index(Analyzer analyzer, FieldType type) throws IOException {
		Directory dir = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
			Document d = new Document();
			d.add(new StringField(StoredHighlights.ID_FIELD, "1", Field.Store.NO));
			d.add(new Field("abstract", TEXT, type));
			writer.addDocument(d);
		}
		return dir;
	}

	@Test
	void withoutTermVectorsTheTextIsAnalyzedToTheSameHighlights() throws IOException {
		Analyzer analyzer = Analyzers.bilingual();
		try (Directory with = index(analyzer, WITH_VECTORS); Directory without = index(analyzer, TextField.TYPE_STORED);
				DirectoryReader withReader = DirectoryReader.open(with);
				DirectoryReader withoutReader = DirectoryReader.open(without)) {
			for (String q : List.of("锂电池 加热", "\"heat pipe\"", "batter*", "电池管理系统", "nothing")) {
				Query query = new SimpleQueryParser(analyzer, Map.of("abstract", 1f)).parse(q);
				List<String> fromVectors = StoredHighlights.fragments(withReader, StoredHighlights.doc(withReader, "1"),
						"abstract", query, analyzer, StoredHighlights.SNIPPET);
				List<String> analyzed = StoredHighlights.fragments(withoutReader,
						StoredHighlights.doc(withoutReader, "1"), "abstract", query, analyzer, StoredHighlights.SNIPPET);
				assertThat(analyzed).as(q).isEqualTo(fromVectors).isNotEmpty();
				if (!q.equals("nothing")) {
					assertThat(fromVectors.get(0)).as(q).contains(Highlights.OPEN);
				}
			}
			assertThat(StoredHighlights.hasVectors(withReader, List.of("title", "abstract"))).isTrue();
			assertThat(StoredHighlights.hasVectors(withoutReader, List.of("title", "abstract"))).isFalse();
			assertThat(StoredHighlights.doc(withReader, "2")).isNegative();
		}
	}

}
