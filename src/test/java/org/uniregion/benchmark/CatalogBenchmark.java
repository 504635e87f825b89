package org.uniregion.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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
import org.uniregion.search.Facet;
import org.uniregion.search.IndexRebuildRunner;
import org.uniregion.search.IndexStatus;
import org.uniregion.search.SearchAnswer;
import org.uniregion.search.SearchHit;
import org.uniregion.search.SearchRequest;
import org.uniregion.shared.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog benchmark (not a test: run it with {@code ./mvnw -Pbenchmark test}). In one run, on one fresh
 * embedded database, with a catalog of {@code uniregion.benchmark.rows} research results (default 100,000; e.g.
 * 1,000,000) — the 3,630 real NASA and CSL records of the demo catalog, repeated with a copy number in the title
 * (synthetic copies, said so in the output):
 * <ol>
 * <li>import throughput, on the first {@code uniregion.benchmark.import-rows} of them (default: all the rows, at
 * most 100,000): the import's commit path (every row validated by the result module's rules, then saved in one
 * transaction with the audit trail and the search index following) against the same work by hand
 * ({@link RawImport}: a JDBC batch insert of the same rows into the same table, an audit row each with its JSON and
 * chained SHA-256, and a raw Lucene index of the same fields with the same analyzer; all removed again before
 * the import);</li>
 * <li>if there are more rows than that, the rest of the catalog: the next synthetic copies inserted with plain
 * JDBC, {@value #CHUNK} rows a transaction (never more in memory), then the whole index rebuilt by the product's
 * own rebuild (Hibernate Search's mass indexer, as an administrator starts it); both timed, and the index must
 * then hold every record;</li>
 * <li>search latency p50/p99 over the whole catalog: the catalog search as the API answers it against the same
 * work by hand ({@link RawCatalogSearch}: the same query, top 20, facet counts over every hit, highlighted title
 * and snippet, the 20 rows by id over JDBC) on the same index directory, after a warm-up on half of the queries;
 * queries taken from the real records' keywords and titles, the two sides alternating which goes first. Every
 * measured answer is compared: both sides must agree on ids, hit count, highlights and facet counts.</li>
 * </ol>
 * Only ratios measured in the same run mean anything on a shared machine.
 */
@Tag("benchmark")
@SpringBootTest(properties = "uniregion.demo.enabled=false")
@ActiveProfiles("test")
class CatalogBenchmark {

	static final int ROWS = Integer.getInteger("uniregion.benchmark.rows", 100_000);

	/** The rows imported by both sides; the rest of {@link #ROWS}, if any, are inserted with plain JDBC. */
	static final int IMPORT_ROWS = Integer.getInteger("uniregion.benchmark.import-rows", Math.min(ROWS, 100_000));

	/** Rows a batch and a transaction when growing the catalog with plain JDBC ({@link #insertCopies}). */
	static final int CHUNK = 10_000;

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

	@Autowired
	ApplicationContext context;

	@Value("${uniregion.data-dir}")
	String dataDir;

	@Value("${spring.flyway.url}")
	String flywayUrl;

	@Value("${spring.flyway.user}")
	String flywayUser;

	@Value("${spring.flyway.password}")
	String flywayPassword;

	record Record(String title, String abstractText, List<String> keywords, String discipline, String language,
			String lab) {
	}

	@Test
	void importAndSearch() throws Exception {
		if (IMPORT_ROWS < 1 || IMPORT_ROWS > ROWS) {
			throw new IllegalArgumentException("uniregion.benchmark.import-rows must be 1 to uniregion.benchmark.rows ("
					+ ROWS + "), not " + IMPORT_ROWS);
		}
		List<Record> real = realRecords();
		Long userId = this.jdbc.queryForObject("insert into app_user (username, password_hash, display_name, role) "
				+ "values ('benchmark', 'x', 'Benchmark', 'STAFF') on conflict (username) do update set role = 'STAFF' "
				+ "returning id", Long.class);
		Caller staff = new Caller(userId, "benchmark", Role.STAFF, null, null);
		Long before = this.jdbc.queryForObject("select count(*) from research_result", Long.class);
		if (before != null && before > 0) {
			throw new IllegalStateException("The benchmark needs an empty database; delete " + this.dataDir);
		}
		int realRows = Math.min(ROWS, real.size());
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%nUniRegion catalog benchmark — %,d results: %,d real NASA + CSL "
				+ "records, the rest synthetic copies of them (a copy number in the title); %,d of them imported, "
				+ "%,d copies inserted with plain JDBC and indexed by the product's index rebuild; %s, %d cores%n",
				ROWS, realRows, IMPORT_ROWS, ROWS - IMPORT_ROWS, System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors()));

		// 1. Import: the baseline first (removed again), then the import's own path.
		importBoth(real, userId, staff, report);

		// 1b. The rest of the catalog, too many rows to import in one transaction: synthetic copies by plain JDBC,
		// then the product's own index rebuild (Hibernate Search's mass indexer) over every record.
		if (ROWS > IMPORT_ROWS) {
			grow(real, userId, report);
		}

		// 2. Search: the catalog search against the same work done by hand (RawCatalogSearch) on the same index.
		CatalogSearch search = this.catalogs.stream().filter(c -> c.kind().equals("results")).findFirst().orElseThrow();
		if (!search.facetNames().equals(RawCatalogSearch.FACETS)) {
			throw new IllegalStateException("the raw side counts " + RawCatalogSearch.FACETS + ", the catalog "
					+ search.facetNames());
		}
		List<String> queries = queries(real);
		// Warm-up on every other query; the measured queries are all of them, shuffled: half never seen before.
		List<String> warmup = new ArrayList<>();
		for (int i = 0; i < queries.size(); i += 2) {
			warmup.add(queries.get(i));
		}
		List<String> measured = new ArrayList<>(queries);
		Collections.shuffle(measured, new Random(11));
		Path index = Path.of(this.dataDir).toAbsolutePath().resolve("index").resolve("research_result");
		try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir);
				Analyzer analyzer = Analyzers.bilingual()) {
			RawCatalogSearch raw = new RawCatalogSearch(reader, analyzer, this.dataSource);
			report.append(String.format(Locale.ROOT, "search   index: %,d documents in %s%n", reader.numDocs(), index));
			long[] rawNanos = new long[QUERIES];
			long[] full = new long[QUERIES];
			long hits = 0;
			int same = 0;
			int seen = 0;
			Set<String> warmed = new java.util.HashSet<>();
			// Queries the product has run before (warm-up or earlier measured ones): it may have their facet counts.
			Set<String> ran = new java.util.HashSet<>();
			List<Long> rawFirst = new ArrayList<>();
			List<Long> fullFirst = new ArrayList<>();
			List<String> differences = new ArrayList<>();
			for (int i = 0; i < WARMUP + QUERIES; i++) {
				boolean counted = i >= WARMUP;
				String q = counted ? measured.get((i - WARMUP) % measured.size()) : warmup.get(i % warmup.size());
				SearchRequest request = new SearchRequest(q, Map.of(), null, 0, 20);
				// Alternate which side goes first, so that neither always finds the caches warmed by the other.
				long rawTook;
				long fullTook;
				RawCatalogSearch.Answer rawAnswer;
				SearchAnswer answer;
				if (i % 2 == 0) {
					long a = System.nanoTime();
					rawAnswer = raw.search(q);
					long b = System.nanoTime();
					answer = search.search(staff, request, Locale.CHINA);
					long c = System.nanoTime();
					rawTook = b - a;
					fullTook = c - b;
				}
				else {
					long a = System.nanoTime();
					answer = search.search(staff, request, Locale.CHINA);
					long b = System.nanoTime();
					rawAnswer = raw.search(q);
					long c = System.nanoTime();
					fullTook = b - a;
					rawTook = c - b;
				}
				boolean first = ran.add(q);
				if (!counted) {
					warmed.add(q);
				}
				else {
					seen += warmed.contains(q) ? 1 : 0;
					if (first) {
						rawFirst.add(rawTook);
						fullFirst.add(fullTook);
					}
					rawNanos[i - WARMUP] = rawTook;
					full[i - WARMUP] = fullTook;
					hits += rawAnswer.total() + answer.page().totalElements();
					String difference = difference(rawAnswer, answer);
					if (difference == null) {
						same++;
					}
					else if (differences.size() < 5) {
						differences.add(q + ": " + difference);
					}
				}
			}
			Arrays.sort(rawNanos);
			Arrays.sort(full);
			report.append(String.format(Locale.ROOT, "search   raw Lucene + JDBC, same work  p50 %7.2f ms   p99 %7.2f ms  "
					+ "(same query, top 20 and hit count, %d facets over every hit, highlighted title and snippet "
					+ "from term vectors, 20 rows by id)%n", millis(rawNanos, 0.50), millis(rawNanos, 0.99),
					RawCatalogSearch.FACETS.size()));
			report.append(String.format(Locale.ROOT, "search   UniRegion catalog search     p50 %7.2f ms   p99 %7.2f ms  "
					+ "(the API's answer: Hibernate Search, entities from PostgreSQL, labels, tags, links)%n",
					millis(full, 0.50), millis(full, 0.99)));
			report.append(String.format(Locale.ROOT, "search   ratio UniRegion / raw        p50 %7.2f x     p99 %7.2f x  "
					+ "(%,d queries after %,d warm-up; %,d distinct, half of them not in the warm-up; %,d hits counted)%n",
					millis(full, 0.50) / millis(rawNanos, 0.50), millis(full, 0.99) / millis(rawNanos, 0.99), QUERIES,
					WARMUP, queries.size(), hits));
			long[] rawNew = rawFirst.stream().mapToLong(Long::longValue).sorted().toArray();
			long[] fullNew = fullFirst.stream().mapToLong(Long::longValue).sorted().toArray();
			if (rawNew.length > 0) {
				report.append(String.format(Locale.ROOT, "search   … of them run for the first time  p50 %7.2f x     "
						+ "p99 %7.2f x  (%,d queries the product had not run before, so both sides counted the facets: "
						+ "UniRegion p50 %.2f ms, p99 %.2f ms; raw p50 %.2f ms, p99 %.2f ms)%n",
						millis(fullNew, 0.50) / millis(rawNew, 0.50), millis(fullNew, 0.99) / millis(rawNew, 0.99),
						rawNew.length, millis(fullNew, 0.50), millis(fullNew, 0.99), millis(rawNew, 0.50),
						millis(rawNew, 0.99)));
			}
			report.append(String.format(Locale.ROOT, "search   same answer on both sides (ids in order, hit count, "
					+ "highlights, facet counts): %,d of %,d%s%n", same, QUERIES,
					differences.isEmpty() ? "" : "; e.g. " + differences));
			report.append(String.format(Locale.ROOT, "search   measured queries already run in the warm-up: %,d of %,d "
					+ "(the product may take their facet counts from its cache: same words, scope, filters and "
					+ "index state; the raw side counts every time)%n", seen, QUERIES));
		}
		System.out.println(report);
		Path out = Path.of("target", "benchmark-report.txt");
		Files.writeString(out, report.toString());
	}

	/** The import part: the baseline ({@link RawImport}, removed again), then the product's validate + importAll. */
	private void importBoth(List<Record> real, long userId, Caller staff, StringBuilder report) throws Exception {
		List<SaveResult> rows = new ArrayList<>(IMPORT_ROWS);
		for (int i = 0; i < IMPORT_ROWS; i++) {
			rows.add(copy(real, i));
		}
		RawImport.Timing baseline;
		try (Connection admin = adminConnection()) {
			baseline = new RawImport(this.dataSource, admin, Path.of("target", "benchmark-raw-index")).run(rows, userId);
		}
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
		double rawRate = IMPORT_ROWS / seconds(baseline.totalNanos());
		double importRate = IMPORT_ROWS / seconds(validateNanos + importNanos);
		report.append(String.format(Locale.ROOT, "import   %,d rows%n", IMPORT_ROWS));
		report.append(String.format(Locale.ROOT, "import   baseline: JDBC batch + audit rows + raw Lucene  %,8.0f rows/s  "
				+ "(%.1f s: rows and audit rows %.1f s, Lucene indexing and commit %.1f s)%n", rawRate,
				seconds(baseline.totalNanos()), seconds(baseline.jdbcNanos()), seconds(baseline.luceneNanos())));
		report.append(String.format(Locale.ROOT, "import   UniRegion (validate+commit)                %,8.0f rows/s  "
				+ "(%.1f s: validate %.1f s = %.0f µs a row, commit with audit trail and index %.1f s; %,d rows)%n",
				importRate, seconds(validateNanos + importNanos), seconds(validateNanos), validateNanos / 1e3 / IMPORT_ROWS,
				seconds(importNanos), saved));
		report.append(String.format(Locale.ROOT, "import   ratio UniRegion time / baseline time       %8.2f x%n",
				rawRate / importRate));
	}

	/**
	 * Grows the catalog from {@link #IMPORT_ROWS} to {@link #ROWS} results: the next synthetic copies, as drafts of
	 * the benchmark user like the imported ones, inserted with plain JDBC ({@link #insertCopies}), then the whole
	 * index rebuilt by the product ({@link IndexRebuildRunner}); both timed.
	 */
	private void grow(List<Record> real, long userId, StringBuilder report) throws Exception {
		long t0 = System.nanoTime();
		try (Connection c = this.dataSource.getConnection()) {
			c.setAutoCommit(false);
			insertCopies(c, real, IMPORT_ROWS, ROWS, userId, "benchmark", "DRAFT");
		}
		long insertNanos = System.nanoTime() - t0;
		report.append(String.format(Locale.ROOT, "grow     %,d synthetic copies inserted with plain JDBC (no audit "
				+ "trail, no index), %,d rows a transaction  %,8.0f rows/s  (%.1f s)%n", ROWS - IMPORT_ROWS, CHUNK,
				(ROWS - IMPORT_ROWS) / seconds(insertNanos), seconds(insertNanos)));
		IndexStatus status = IndexRebuildRunner.rebuild(this.context, Caller.SYSTEM, r -> System.out.printf(
				Locale.ROOT, "benchmark: index rebuild %,d of %,d%n", r.indexed(), r.total()));
		IndexStatus.Rebuild rebuild = status.rebuild();
		double took = Duration.between(rebuild.startedAt(), rebuild.finishedAt()).toMillis() / 1e3;
		report.append(String.format(Locale.ROOT, "grow     the product's index rebuild (Hibernate Search mass indexer, "
				+ "every record, the imported ones again): %,d documents in %.1f s  %,8.0f documents/s; in the database "
				+ "/ in the index after it: %s%n", rebuild.total(), took, rebuild.total() / took, status.entries().stream()
					.map(e -> String.format(Locale.ROOT, "%s %,d / %,d", e.entity(), e.inDatabase(), e.inIndex())).toList()));
		if (!status.consistent()) {
			throw new IllegalStateException("the index differs from the database after the rebuild: " + status.entries());
		}
	}

	/** Where the two answers differ, or null if they agree on everything the raw side computes. */
	static String difference(RawCatalogSearch.Answer raw, SearchAnswer answer) {
		if (raw.total() != answer.page().totalElements()) {
			return "hit count " + raw.total() + " / " + answer.page().totalElements();
		}
		List<Long> rawIds = raw.hits().stream().map(RawCatalogSearch.Hit::id).toList();
		List<Long> ids = answer.content().stream().map(SearchHit::id).toList();
		if (!rawIds.equals(ids)) {
			return "ids " + rawIds + " / " + ids;
		}
		for (int i = 0; i < ids.size(); i++) {
			RawCatalogSearch.Hit r = raw.hits().get(i);
			SearchHit h = answer.content().get(i);
			if (!r.titleHtml().equals(h.titleHtml()) || !r.snippetHtml().equals(h.snippetHtml())) {
				return "highlights of " + h.id() + ": " + r.titleHtml() + " | " + r.snippetHtml() + " / " + h.titleHtml()
						+ " | " + h.snippetHtml();
			}
			if (r.row() == null || !r.row().title().equals(h.title())) {
				return "row of " + h.id();
			}
		}
		for (Facet facet : answer.facets()) {
			List<String> counts = facet.values().stream().map(v -> v.value() + "=" + v.count()).toList();
			List<String> rawCounts = raw.facets().getOrDefault(facet.name(), Map.of()).entrySet().stream()
				.map(e -> e.getKey() + "=" + e.getValue()).toList();
			if (!counts.equals(rawCounts)) {
				return "facet " + facet.name() + " " + rawCounts + " / " + counts;
			}
		}
		return null;
	}

	/**
	 * Inserts {@code rows} into {@code research_result} in JDBC batches of 1,000 (no audit trail, no search index),
	 * in the connection's transaction. Also how the load test grows the catalog.
	 */
	static void insertRows(Connection c, List<SaveResult> rows, long ownerId, String ownerName, String visibility)
			throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(INSERT_ROW)) {
			int n = 0;
			for (SaveResult r : rows) {
				bindRow(c, ps, r, ownerId, ownerName, visibility, Timestamp.from(Instant.now()));
				ps.addBatch();
				if (++n % 1000 == 0) {
					ps.executeBatch();
				}
			}
			ps.executeBatch();
		}
	}

	/** One row of {@code research_result} as the import stores it ({@link #bindRow}). */
	static final String INSERT_ROW = "insert into research_result (type, title, abstract_text, keywords, discipline, "
			+ "ipc_classes, industries, trl, ip_status, ip_numbers, researchers, lab, department, transfer_modes, "
			+ "asking_terms, asking_amount, language, owner_id, owner_name, visibility, demo, created_at, updated_at, "
			+ "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, 0)";

	/** Binds {@code r} to the parameters of {@link #INSERT_ROW}. */
	static void bindRow(Connection c, PreparedStatement ps, SaveResult r, long ownerId, String ownerName,
			String visibility, Timestamp now) throws SQLException {
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
	}

	/** A connection as the database's owner (Flyway's), which may remove the baseline's audit rows again. */
	private Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(this.flywayUrl, this.flywayUser, this.flywayPassword);
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

	/**
	 * Row {@code i} of a catalog made of the real records: record {@code i} modulo their number, with copy number
	 * {@code i} divided by it in the title (none on the real records themselves, copy 0).
	 */
	static SaveResult copy(List<Record> real, int i) {
		Record r = real.get(i % real.size());
		int copy = i / real.size();
		return command(r, copy == 0 ? r.title() : r.title() + " (" + copy + ")");
	}

	/**
	 * Inserts rows {@code from} (inclusive) to {@code to} (exclusive) of the catalog of {@link #copy copies} with
	 * {@link #insertRows}, committing every {@link #CHUNK} rows, never holding more than that in memory. The
	 * connection must not auto-commit.
	 */
	static void insertCopies(Connection c, List<Record> real, int from, int to, long ownerId, String ownerName,
			String visibility) throws SQLException {
		List<SaveResult> chunk = new ArrayList<>(CHUNK);
		for (int i = from; i < to; i++) {
			chunk.add(copy(real, i));
			if (chunk.size() == CHUNK || i == to - 1) {
				insertRows(c, chunk, ownerId, ownerName, visibility);
				c.commit();
				chunk.clear();
			}
		}
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
