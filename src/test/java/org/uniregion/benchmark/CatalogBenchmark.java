package org.uniregion.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.result.IpStatus;
import org.uniregion.result.ResultApi;
import org.uniregion.result.ResultType;
import org.uniregion.result.SaveResult;
import org.uniregion.result.TransferMode;
import org.uniregion.search.Analyzers;
import org.uniregion.search.CatalogSearch;
import org.uniregion.search.SearchRequest;
import org.uniregion.shared.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog benchmark (not a test: run it with {@code ./mvnw -Pbenchmark test}). In one run, on one fresh
 * embedded database, with the same 100,000 research results — the 3,630 real NASA and CSL records of the demo
 * catalog, repeated with a copy number in the title (synthetic copies, said so in the output):
 * <ol>
 * <li>import throughput: the import's commit path (every row validated by the result module's rules, then saved
 * in one transaction with the audit trail and the search index following) against a plain JDBC batch insert of
 * the same rows into the same table (deleted again before the import);</li>
 * <li>search latency p50/p99: the catalog search as the API answers it (bilingual query over the weighted
 * fields, every facet, highlights, entities loaded from PostgreSQL) against a raw Lucene BM25 query with the
 * same analyzer, fields and boosts on the same index directory, top 20, after a warm-up; queries taken from the
 * real records' keywords and titles, alternating between the two so that noise hits both alike.</li>
 * </ol>
 * Only ratios measured in the same run mean anything on a shared machine.
 */
@Tag("benchmark")
@SpringBootTest(properties = "uniregion.demo.enabled=false")
@ActiveProfiles("test")
class CatalogBenchmark {

	static final int ROWS = Integer.getInteger("uniregion.benchmark.rows", 100_000);

	static final int WARMUP = Integer.getInteger("uniregion.benchmark.warmup", 2_000);

	static final int QUERIES = Integer.getInteger("uniregion.benchmark.queries", 2_000);

	@Autowired
	ResultApi results;

	@Autowired
	List<CatalogSearch> catalogs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate tx;

	@Value("${uniregion.data-dir}")
	String dataDir;

	record Record(String title, String abstractText, List<String> keywords, String discipline, String language,
			String lab) {
	}

	@Test
	void importAndSearch() throws Exception {
		List<Record> real = realRecords();
		List<SaveResult> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			Record r = real.get(i % real.size());
			int copy = i / real.size();
			rows.add(command(r, copy == 0 ? r.title() : r.title() + " (" + copy + ")"));
		}
		Long userId = this.jdbc.queryForObject("insert into app_user (username, password_hash, display_name, role) "
				+ "values ('benchmark', 'x', 'Benchmark', 'STAFF') on conflict (username) do update set role = 'STAFF' "
				+ "returning id", Long.class);
		Caller staff = new Caller(userId, "benchmark", Role.STAFF, null, null);
		Long before = this.jdbc.queryForObject("select count(*) from research_result", Long.class);
		if (before != null && before > 0) {
			throw new IllegalStateException("The benchmark needs an empty database; delete " + this.dataDir);
		}
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%nUniRegion catalog benchmark — %,d results (%,d real NASA + CSL records, "
				+ "the rest synthetic copies of them), %s, %d cores%n", ROWS, real.size(),
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));

		// 1. Import: plain JDBC batch first (the baseline, removed again), then the import's own path.
		long jdbcNanos = jdbcBatch(rows, userId);
		long t0 = System.nanoTime();
		int invalid = 0;
		for (SaveResult row : rows) {
			List<FieldViolation> violations = this.results.validate(staff, row);
			invalid += violations.isEmpty() ? 0 : 1;
		}
		long validateNanos = System.nanoTime() - t0;
		if (invalid > 0) {
			throw new IllegalStateException(invalid + " benchmark rows are invalid");
		}
		long t1 = System.nanoTime();
		Integer saved = this.tx.execute(s -> this.results.importAll(staff, rows));
		long importNanos = System.nanoTime() - t1;
		double jdbcRate = ROWS / seconds(jdbcNanos);
		double importRate = ROWS / seconds(validateNanos + importNanos);
		report.append(String.format(Locale.ROOT, "import   plain JDBC batch insert      %,10.0f rows/s  (%.1f s)%n", jdbcRate,
				seconds(jdbcNanos)));
		report.append(String.format(Locale.ROOT, "import   UniRegion (validate+commit)  %,10.0f rows/s  (%.1f s: validate %.1f s, "
				+ "commit with audit trail and index %.1f s; %,d rows)%n", importRate,
				seconds(validateNanos + importNanos), seconds(validateNanos), seconds(importNanos), saved));
		report.append(String.format(Locale.ROOT, "import   ratio JDBC / UniRegion       %10.1f x%n", jdbcRate / importRate));

		// 2. Search: the catalog search against raw Lucene on the same index.
		CatalogSearch search = this.catalogs.stream().filter(c -> c.kind().equals("results")).findFirst().orElseThrow();
		List<String> queries = queries(real);
		Path index = Path.of(this.dataDir).toAbsolutePath().resolve("index").resolve("research_result");
		try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir);
				Analyzer analyzer = Analyzers.bilingual()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			report.append(String.format(Locale.ROOT, "search   index: %,d documents in %s%n", reader.numDocs(), index));
			long[] raw = new long[QUERIES];
			long[] full = new long[QUERIES];
			long hits = 0;
			for (int i = 0; i < WARMUP + QUERIES; i++) {
				String q = queries.get(i % queries.size());
				long a = System.nanoTime();
				TopDocs top = searcher.search(luceneQuery(analyzer, q), 20);
				long b = System.nanoTime();
				var answer = search.search(staff, new SearchRequest(q, Map.of(), null, 0, 20), Locale.CHINA);
				long c = System.nanoTime();
				if (i >= WARMUP) {
					raw[i - WARMUP] = b - a;
					full[i - WARMUP] = c - b;
					hits += top.totalHits.value + answer.page().totalElements();
				}
			}
			Arrays.sort(raw);
			Arrays.sort(full);
			report.append(String.format(Locale.ROOT, "search   raw Lucene BM25 top 20       p50 %7.2f ms   p99 %7.2f ms%n",
					millis(raw, 0.50), millis(raw, 0.99)));
			report.append(String.format(Locale.ROOT, "search   UniRegion catalog search     p50 %7.2f ms   p99 %7.2f ms  "
					+ "(%d facets, highlights, entities from PostgreSQL)%n", millis(full, 0.50), millis(full, 0.99),
					search.facetNames().size()));
			report.append(String.format(Locale.ROOT, "search   ratio UniRegion / raw Lucene p50 %7.1f x     p99 %7.1f x  "
					+ "(%,d queries after %,d warm-up; %,d hits counted)%n", millis(full, 0.50) / millis(raw, 0.50),
					millis(full, 0.99) / millis(raw, 0.99), QUERIES, WARMUP, hits));
		}
		System.out.println(report);
		Path out = Path.of("target", "benchmark-report.txt");
		java.nio.file.Files.writeString(out, report.toString());
	}

	/**
	 * A plain JDBC batch insert of the same rows into the same table (its constraints, indexes and write-ahead log;
	 * no audit trail, no search index), removed again afterwards. The application role may not create tables.
	 */
	private long jdbcBatch(List<SaveResult> rows, long ownerId) throws Exception {
		long start = System.nanoTime();
		try (Connection c = this.dataSource.getConnection()) {
			c.setAutoCommit(false);
			insertRows(c, rows, ownerId, "benchmark", "DRAFT");
			c.commit();
		}
		long nanos = System.nanoTime() - start;
		this.jdbc.update("delete from research_result where owner_name = 'benchmark' and title is not null");
		return nanos;
	}

	/**
	 * Inserts {@code rows} into {@code research_result} in JDBC batches of 1,000 (no audit trail, no search index),
	 * in the connection's transaction. Also how the load test grows the catalog.
	 */
	static void insertRows(Connection c, List<SaveResult> rows, long ownerId, String ownerName, String visibility)
			throws SQLException {
		String sql = "insert into research_result (type, title, abstract_text, keywords, discipline, ipc_classes, "
				+ "industries, trl, ip_status, ip_numbers, researchers, lab, department, transfer_modes, asking_terms, "
				+ "asking_amount, language, owner_id, owner_name, visibility, demo, created_at, updated_at, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, 0)";
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			int n = 0;
			for (SaveResult r : rows) {
				Timestamp now = Timestamp.from(Instant.now());
				ps.setString(1, r.type().name());
				ps.setString(2, r.title());
				ps.setString(3, r.abstractText());
				ps.setArray(4, c.createArrayOf("text", r.keywords().toArray()));
				ps.setString(5, r.discipline());
				ps.setArray(6, c.createArrayOf("text", r.ipcClasses().toArray()));
				ps.setArray(7, c.createArrayOf("text", r.industries().toArray()));
				ps.setObject(8, r.trl());
				ps.setString(9, r.ipStatus() == null ? null : r.ipStatus().name());
				ps.setArray(10, c.createArrayOf("text", r.ipNumbers().toArray()));
				ps.setArray(11, c.createArrayOf("text", r.researchers().toArray()));
				ps.setString(12, r.lab());
				ps.setString(13, r.department());
				ps.setArray(14, c.createArrayOf("text", r.transferModes().stream().map(Enum::name).toArray()));
				ps.setString(15, r.askingTerms());
				ps.setBigDecimal(16, r.askingAmount());
				ps.setString(17, r.language());
				ps.setLong(18, ownerId);
				ps.setString(19, ownerName);
				ps.setString(20, visibility);
				ps.setTimestamp(21, now);
				ps.setTimestamp(22, now);
				ps.addBatch();
				if (++n % 1000 == 0) {
					ps.executeBatch();
				}
			}
			ps.executeBatch();
		}
	}

	/** The same query as the catalog's: every analyzed term, on every weighted field, scored by BM25. */
	static Query luceneQuery(Analyzer analyzer, String q) throws IOException {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		Map<String, Float> fields = Map.of("title", 3f, "keywords", 2f, "abstract", 1f, "people", 0.5f);
		for (Map.Entry<String, Float> f : fields.entrySet()) {
			try (TokenStream ts = analyzer.tokenStream(f.getKey(), q)) {
				CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
				ts.reset();
				while (ts.incrementToken()) {
					b.add(new BoostQuery(new TermQuery(new Term(f.getKey(), term.toString())), f.getValue()),
							BooleanClause.Occur.SHOULD);
				}
				ts.end();
			}
		}
		return b.build();
	}

	/** Queries as users type them: two keywords of a record, or the first words of a title. */
	static List<String> queries(List<Record> real) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < real.size(); i += 3) {
			Record r = real.get(i);
			if (r.keywords().size() >= 2) {
				out.add(r.keywords().get(0) + " " + r.keywords().get(1));
			}
			else {
				String[] words = r.title().split("\\s+");
				out.add(String.join(" ", Arrays.copyOf(words, Math.min(words.length, 4))).replace("null", ""));
			}
		}
		return out;
	}

	static SaveResult command(Record r, String title) {
		boolean zh = r.language().equals("zh");
		return new SaveResult(zh ? ResultType.PAPER : ResultType.PATENT, title.length() > 500 ? title.substring(0, 500) : title,
				r.abstractText(), r.keywords().size() > 30 ? r.keywords().subList(0, 30) : r.keywords(),
				r.discipline(), List.of(), List.of(), 5, zh ? null : IpStatus.GRANTED, List.of(), List.of(), r.lab(), null,
				Set.of(TransferMode.LICENSE), null, null, r.language(), null, null);
	}

	static List<Record> realRecords() throws IOException {
		List<Record> out = new ArrayList<>();
		try (Reader in = gz("demo/catalog/nasa_patents_2014-10-31.csv.gz")) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String title = row.get("Title").trim();
				if (title.isEmpty()) {
					continue;
				}
				String abs = row.get("Abstract").trim();
				out.add(new Record(title, abs.isEmpty() ? null : abs, List.of(), clip(row.get("Category"), 200), "en",
						clip(row.get("Facility"), 300)));
			}
		}
		JsonMapper json = JsonMapper.builder().build();
		try (BufferedReader in = gz("demo/catalog/csl-zh-2000.jsonl.gz")) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode n = json.readTree(line);
				List<String> keywords = new ArrayList<>();
				n.path("keywords").forEach(k -> keywords.add(clip(k.asString(), 100)));
				out.add(new Record(n.get("title").asString(), n.path("abstract").asString(), keywords,
						clip(n.path("discipline").asString(), 200), "zh", null));
			}
		}
		return out;
	}

	private static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	private static BufferedReader gz(String resource) throws IOException {
		InputStream raw = new ClassPathResource(resource).getInputStream();
		return new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static double millis(long[] sorted, double quantile) {
		int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

}
