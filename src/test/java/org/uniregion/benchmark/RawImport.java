package org.uniregion.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.uniregion.result.SaveResult;
import org.uniregion.search.Analyzers;

import tools.jackson.databind.json.JsonMapper;

/**
 * The import's commit done by hand, as the baseline: in one transaction, a JDBC batch insert of the rows into the
 * research results' table and of one audit row each (the row's values as JSON, chained by SHA-256 over the previous
 * hash, under the chain's advisory lock, as the audit trail appends), {@link CatalogBenchmark#CHUNK} rows and then
 * their audit rows at a time, keeping only each row's id and time for later; then a raw Lucene index of the same
 * fields as the product's index (the full-text fields analyzed by the same bilingual analyzer, titles and abstracts
 * stored with term vectors, keyword and numeric fields with doc values), committed. Everything is removed again
 * afterwards (the owner's connection may delete audit rows; the application may not).
 */
final class RawImport {

	record Timing(long jdbcNanos, long luceneNanos) {

		long totalNanos() {
			return this.jdbcNanos + this.luceneNanos;
		}

	}

	private static final FieldType STORED_WITH_VECTORS = new FieldType(TextField.TYPE_STORED);

	static {
		STORED_WITH_VECTORS.setStoreTermVectors(true);
		STORED_WITH_VECTORS.setStoreTermVectorPositions(true);
		STORED_WITH_VECTORS.setStoreTermVectorOffsets(true);
		STORED_WITH_VECTORS.freeze();
	}

	private static final FieldType KEYWORD = new FieldType();

	static {
		KEYWORD.setOmitNorms(true);
		KEYWORD.setIndexOptions(IndexOptions.DOCS);
		KEYWORD.setTokenized(false);
		KEYWORD.freeze();
	}

	private final DataSource dataSource;

	private final Connection admin;

	private final Path indexDir;

	RawImport(DataSource dataSource, Connection admin, Path indexDir) {
		this.dataSource = dataSource;
		this.admin = admin;
		this.indexDir = indexDir;
	}

	Timing run(List<SaveResult> rows, long ownerId) throws Exception {
		delete(this.indexDir);
		long start = System.nanoTime();
		// Of each row only its id and time are kept (16 bytes), for its index document after the commit; the rest of
		// the work is done a chunk of rows at a time, in the one transaction.
		long[] ids = new long[rows.size()];
		long[] times = new long[rows.size()];
		long firstSeq;
		long lastSeq;
		try (Connection c = this.dataSource.getConnection()) {
			c.setAutoCommit(false);
			AuditChain chain = new AuditChain(c);
			firstSeq = chain.seq + 1;
			for (int from = 0; from < rows.size(); from += CatalogBenchmark.CHUNK) {
				List<SaveResult> chunk = rows.subList(from, Math.min(rows.size(), from + CatalogBenchmark.CHUNK));
				insertRows(c, chunk, ownerId, ids, times, from);
				chain.append(c, chunk, ids, times, from);
			}
			lastSeq = chain.seq;
			c.commit();
		}
		long jdbc = System.nanoTime() - start;
		long luceneStart = System.nanoTime();
		try (Analyzer analyzer = Analyzers.bilingual(); FSDirectory dir = FSDirectory.open(this.indexDir);
				IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
			for (int i = 0; i < rows.size(); i++) {
				writer.addDocument(document(rows.get(i), ids[i], ownerId, instant(times[i])));
			}
			writer.commit();
		}
		long lucene = System.nanoTime() - luceneStart;
		try (Connection c = this.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
				"delete from research_result where owner_name = 'benchmark' and title is not null")) {
			ps.executeUpdate();
		}
		try (PreparedStatement ps = this.admin.prepareStatement("delete from audit_entry where seq between ? and ?")) {
			ps.setLong(1, firstSeq);
			ps.setLong(2, lastSeq);
			ps.executeUpdate();
		}
		delete(this.indexDir);
		return new Timing(jdbc, lucene);
	}

	/** Inserts {@code rows}, rows {@code offset}… of the import; their ids and times (epoch nanoseconds) go there. */
	private static void insertRows(Connection c, List<SaveResult> rows, long ownerId, long[] ids, long[] times,
			int offset) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(CatalogBenchmark.INSERT_ROW, new String[] { "id" })) {
			int n = 0;
			int done = offset;
			for (SaveResult r : rows) {
				Instant now = Instant.now();
				times[offset + n] = now.getEpochSecond() * 1_000_000_000L + now.getNano();
				CatalogBenchmark.bindRow(c, ps, r, ownerId, "benchmark", "DRAFT", Timestamp.from(now));
				ps.addBatch();
				if (++n % 50 == 0) {
					done = executeBatch(ps, ids, done);
				}
			}
			executeBatch(ps, ids, done);
		}
	}

	/** Runs the batch; its generated ids go to {@code ids} from {@code next}; the index after the last. */
	private static int executeBatch(PreparedStatement ps, long[] ids, int next) throws SQLException {
		ps.executeBatch();
		int i = next;
		try (ResultSet keys = ps.getGeneratedKeys()) {
			while (keys.next()) {
				ids[i++] = keys.getLong(1);
			}
		}
		return i;
	}

	private static Instant instant(long epochNanos) {
		return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
	}

	/**
	 * The audit trail as the product appends to it, one chained audit row per result: taken under the chain's
	 * advisory lock (held until the transaction ends), from the last entry on, a chunk of rows at a time.
	 */
	private static final class AuditChain {

		private final JsonMapper json = JsonMapper.builder().build();

		private final MessageDigest sha256 = sha256();

		/** The last seq written (or found). */
		long seq;

		private String prevHash = "0".repeat(64);

		AuditChain(Connection c) throws SQLException {
			try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
				lock.setLong(1, 0x5552_4155_4449_5431L);
				lock.execute();
			}
			try (PreparedStatement last = c.prepareStatement("select seq, hash from audit_entry order by seq desc limit 1");
					ResultSet rs = last.executeQuery()) {
				if (rs.next()) {
					this.seq = rs.getLong(1);
					this.prevHash = rs.getString(2);
				}
			}
		}

		/** One audit row for each of {@code rows}, rows {@code offset}… of the import (their ids and times there). */
		void append(Connection c, List<SaveResult> rows, long[] ids, long[] times, int offset) throws SQLException {
			try (PreparedStatement ps = c.prepareStatement("insert into audit_entry (seq, occurred_at, actor, action, "
					+ "entity_type, entity_id, before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (int i = 0; i < rows.size(); i++) {
					this.seq++;
					SaveResult r = rows.get(i);
					Instant time = instant(times[offset + i]);
					Map<String, Object> after = new LinkedHashMap<>();
					after.put("type", r.type().name());
					after.put("title", r.title());
					after.put("abstractText", r.abstractText());
					after.put("keywords", r.keywords());
					after.put("discipline", r.discipline());
					after.put("ipcClasses", r.ipcClasses());
					after.put("industries", r.industries());
					after.put("trl", r.trl());
					after.put("ipStatus", r.ipStatus() == null ? null : r.ipStatus().name());
					after.put("ipNumbers", r.ipNumbers());
					after.put("researchers", r.researchers());
					after.put("lab", r.lab());
					after.put("department", r.department());
					after.put("transferModes", r.transferModes().stream().map(Enum::name).toList());
					after.put("askingTerms", r.askingTerms());
					after.put("askingAmount", r.askingAmount() == null ? null : r.askingAmount().toPlainString());
					after.put("language", r.language());
					after.put("ownerName", "benchmark");
					after.put("visibility", "DRAFT");
					after.put("demo", false);
					after.put("createdAt", time.toString());
					after.put("updatedAt", time.toString());
					after.put("version", 0);
					String afterJson = this.json.writeValueAsString(after);
					String entityId = Long.toString(ids[offset + i]);
					String canonical = String.join("\n", "uniregion-audit-v1", Long.toString(this.seq), time.toString(),
							"benchmark", "CREATE", "research-result", entityId, "-", afterJson, this.prevHash);
					String hash = HexFormat.of().formatHex(this.sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
					ps.setLong(1, this.seq);
					ps.setTimestamp(2, Timestamp.from(time));
					ps.setString(3, "benchmark");
					ps.setString(4, "CREATE");
					ps.setString(5, "research-result");
					ps.setString(6, entityId);
					ps.setString(7, null);
					ps.setString(8, afterJson);
					ps.setString(9, this.prevHash);
					ps.setString(10, hash);
					ps.addBatch();
					this.prevHash = hash;
					if (i % 50 == 49) {
						ps.executeBatch();
					}
				}
				ps.executeBatch();
			}
		}

	}

	/** The document the product's index holds for a result, field by field (Hibernate Search's field types). */
	private static Document document(SaveResult r, long id, long ownerId, Instant time) {
		Document d = new Document();
		String idText = Long.toString(id);
		d.add(new StringField("__HSEARCH_id", idText, Field.Store.NO));
		d.add(new BinaryDocValuesField("__HSEARCH_id_docvalue", new BytesRef(idText)));
		keyword(d, "type", r.type().name(), true);
		d.add(new Field("title", r.title(), STORED_WITH_VECTORS));
		keyword(d, "title_sort", r.title().toLowerCase(Locale.ROOT), true);
		if (r.abstractText() != null) {
			d.add(new Field("abstract", r.abstractText(), STORED_WITH_VECTORS));
		}
		for (String k : r.keywords()) {
			d.add(new TextField("keywords", k, Field.Store.NO));
		}
		if (r.discipline() != null) {
			keyword(d, "discipline", r.discipline(), true);
		}
		for (String ipc : r.ipcClasses()) {
			keyword(d, "ipc", ipc, false);
			keyword(d, "ipcSection", ipc.substring(0, 1), true);
		}
		for (String industry : r.industries()) {
			keyword(d, "industry", industry.substring(0, Math.min(2, industry.length())), true);
		}
		if (r.trl() != null) {
			d.add(new IntPoint("trl", r.trl()));
			d.add(new SortedNumericDocValuesField("trl", r.trl()));
		}
		for (var mode : r.transferModes()) {
			keyword(d, "transferMode", mode.name(), true);
		}
		keyword(d, "language", r.language(), true);
		d.add(new LongPoint("ownerId", ownerId));
		keyword(d, "visibility", "DRAFT", true);
		d.add(new IntPoint("demo", 0));
		d.add(new LongPoint("createdAt", time.toEpochMilli()));
		d.add(new SortedNumericDocValuesField("createdAt", time.toEpochMilli()));
		d.add(new LongPoint("updatedAt", time.toEpochMilli()));
		d.add(new SortedNumericDocValuesField("updatedAt", time.toEpochMilli()));
		List<String> people = new ArrayList<>(r.researchers());
		if (r.lab() != null) {
			people.add(r.lab());
		}
		if (r.department() != null) {
			people.add(r.department());
		}
		for (String p : people) {
			d.add(new TextField("people", p, Field.Store.NO));
		}
		return d;
	}

	private static void keyword(Document d, String field, String value, boolean docValues) {
		d.add(new Field(field, value, KEYWORD));
		if (docValues) {
			d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
