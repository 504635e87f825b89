package org.uniregion.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.uniregion.support.WebSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load test (a command, not a test: {@code ./load-test.sh}, which builds the jar and runs this class on the test
 * classpath). In one run:
 * <ol>
 * <li>starts the product ({@code java -jar}) on a fresh data directory under {@code target/load-test}, with its demo
 * data, and grows the research results to {@code --rows} by synthetic copies of the demo catalog's real NASA and
 * CSL records (inserted with plain JDBC as {@link CatalogBenchmark} does, then indexed by the product's own
 * rebuild), and the partner organizations, agreements and demands to the sizes of {@link #LISTS} by synthetic copies
 * of the demo ones (unless {@code --lists demo});</li>
 * <li>drives, with {@code --clients} concurrent clients for {@code --duration} seconds after {@code --warmup}
 * seconds, each page against the API answer of the same query, and each API list against the same page's SQL
 * sent with plain JDBC to the same PostgreSQL at the same concurrency;</li>
 * <li>restarts the product on the same data directory: the time to healthy, then a search in the first
 * {@code --restart-window} seconds against the same search warm; then the same restart from the fast-start layout
 * ({@code --fast-start}, made by {@code ./fast-start.sh}: the jar extracted, with a class-data-sharing archive);</li>
 * <li>samples the resident memory of the product's JVM under load.</li>
 * </ol>
 * Prints req/s, p50, p99 and the ratios, writes {@code target/load-test-report.md}, and exits 1 if any request
 * answered other than 2xx (never because of a ratio).
 */
public final class LoadTestCommand {

	static final String PASSWORD = "load-test-demo";

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The raw SQL of an API list page: the page query and the count (see load-test/list-pages.sql). */
	record Sql(String page, String count) {
	}

	/** The lists' raw SQL by list name, from {@code load-test/list-pages.sql} on the classpath. */
	static Map<String, Sql> listSql() throws IOException {
		String text;
		try (var in = LoadTestCommand.class.getResourceAsStream("/load-test/list-pages.sql")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, Sql> out = new LinkedHashMap<>();
		String name = null;
		StringBuilder body = new StringBuilder();
		for (String line : (text + "\n-- list: ").lines().toList()) {
			if (line.startsWith("-- list: ")) {
				if (name != null) {
					String[] statements = body.toString().split(";");
					out.put(name, new Sql(statements[0].strip(), statements[1].strip()));
				}
				name = line.substring("-- list: ".length()).strip();
				body.setLength(0);
			}
			else if (!line.startsWith("--")) {
				body.append(line).append('\n');
			}
		}
		return out;
	}

	/** How many times each pair alternates between its two sides, so that a change of the machine's load hits both. */
	static final int ROUNDS = 3;

	final int rows;

	final int clients;

	final int duration;

	final int warmup;

	final int restartWindow;

	final Path jar;

	/** The fast-start layout's directory ({@code target/fast-start}), or null to measure the fat jar only. */
	final Path fastStart;

	final Path work = Path.of("target", "load-test").toAbsolutePath();

	final List<String> jvmOptions;

	/**
	 * With {@code --only}: the pairs whose UniRegion side's path contains one of these run, and the restarts (with the
	 * warm search they are compared to) only if one of them is {@code restart}.
	 */
	final List<String> only;

	final List<String> lines = new ArrayList<>();

	final AtomicLong maxRss = new AtomicLong(-1);

	final List<Pair> pairs = new ArrayList<>();

	String token;

	String cookie;

	String catalog;

	String started;

	String loadBefore;

	String loadAfter;

	double firstStart;

	double demoData;

	double stop;

	double restart;

	double restartFast;

	long[] memory;

	long[] memoryAfterRestart;

	LoadDriver.Measurement warmSearch;

	/**
	 * The rows of the smaller lists with {@code --lists grown} (the default): what a university's office reaches after
	 * some years (thousands of partner organizations, hundreds of framework agreements, thousands of demands), not the
	 * dozen rows of the demo data, so that their SQL is measured at a real size and every page is full (counted).
	 */
	static final List<GrownList> LISTS = List.of(
			new GrownList("partner_organization", 5_000, """
				with src as (select o.*, row_number() over (order by id) - 1 as k, count(*) over () as total
				             from partner_organization o)
				insert into partner_organization (name_zh, name_en, type, region_code, credit_code, address, website,
				                                  description, demo, created_at)
				select left(s.name_zh, 180) || '（副本 ' || (n / s.total + 1) || '）',
				       left(s.name_en, 180) || ' (copy ' || (n / s.total + 1) || ')', s.type, s.region_code, null,
				       s.address, s.website, s.description, s.demo, now()
				from generate_series(0, ? - 1) n join src s on s.k = n % s.total"""),
			new GrownList("agreement", 1_000, """
				with src as (select a.*, row_number() over (order by id) - 1 as k, count(*) over () as total
				             from agreement a)
				insert into agreement (title, region_code, counterpart_region_code, organization_id, signing_date,
				                       start_date, end_date, areas, resources, resources_amount, notes, status,
				                       status_reason, status_changed_at, demo, created_at)
				select left(s.title, 280) || ' (copy ' || (n / s.total + 1) || ')', s.region_code,
				       s.counterpart_region_code, s.organization_id, s.signing_date, s.start_date,
				       s.end_date + (n % 365), s.areas, s.resources, s.resources_amount, s.notes, s.status,
				       s.status_reason, s.status_changed_at, s.demo, now()
				from generate_series(0, ? - 1) n join src s on s.k = n % s.total"""),
			new GrownList("demand", 10_000, """
				with src as (select d.*, row_number() over (order by id) - 1 as k, count(*) over () as total
				             from demand d)
				insert into demand (title, text, industry_code, region_code, budget, deadline, contact_name,
				                    contact_phone, contact_email, source, organization_id, owner_id, status,
				                    status_reason, status_changed_at, demo, created_at, suspected_spam)
				select left(s.title, 180) || ' (copy ' || (n / s.total + 1) || ')', s.text, s.industry_code,
				       s.region_code, s.budget, s.deadline, s.contact_name, s.contact_phone, s.contact_email, s.source,
				       s.organization_id, s.owner_id, s.status, s.status_reason, s.status_changed_at, s.demo,
				       s.created_at - (n + 1) * interval '1 minute', s.suspected_spam
				from generate_series(0, ? - 1) n join src s on s.k = n % s.total"""));

	/**
	 * A smaller list's table, the rows it is grown to, and the statement that inserts synthetic copies of the rows there
	 * are (its parameter: how many), round them, a copy number in the name or title: copied agreements name the same
	 * partners but no predecessor or successor and end a few days apart; copied organizations have no credit code (it
	 * is unique).
	 */
	record GrownList(String table, int rows, String copies) {
	}

	/** Whether the smaller lists are grown to {@link #LISTS} ({@code --lists grown}) or left at the demo data's size. */
	final boolean growLists;

	LoadDriver.Measurement firstMinute;

	LoadDriver.Measurement firstMinuteFast;

	LoadTestCommand(Map<String, String> args) {
		this.rows = Integer.parseInt(args.getOrDefault("rows", "100000"));
		this.clients = Integer.parseInt(args.getOrDefault("clients", "20"));
		this.duration = Integer.parseInt(args.getOrDefault("duration", "30"));
		this.warmup = Integer.parseInt(args.getOrDefault("warmup", Integer.toString(Math.max(5, this.duration / 3))));
		this.restartWindow = Integer.parseInt(args.getOrDefault("restart-window", "60"));
		this.jar = Path.of(args.getOrDefault("jar", "target/uniregion.jar")).toAbsolutePath();
		this.fastStart = args.containsKey("fast-start") ? Path.of(args.get("fast-start")).toAbsolutePath() : null;
		// The heap the README documents for the fat jar and spring-boot:run.
		String jvm = args.getOrDefault("jvm", "-Xmx768m").trim();
		this.jvmOptions = jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
		this.only = args.containsKey("only") ? List.of(args.get("only").split(",")) : List.of();
		String lists = args.getOrDefault("lists", "grown");
		if (!lists.equals("grown") && !lists.equals("demo")) {
			throw new IllegalArgumentException("--lists is grown or demo, not " + lists);
		}
		this.growLists = lists.equals("grown");
	}

	/** Whether the restarts run (and the warm search they are compared to): always, but with --only just on request. */
	private boolean restarts() {
		return this.only.isEmpty() || this.only.contains("restart");
	}

	public static void main(String[] argv) {
		Map<String, String> args = new LinkedHashMap<>();
		for (int i = 0; i < argv.length; i++) {
			String a = argv[i];
			if (a.equals("-h") || a.equals("--help")) {
				usage();
				return;
			}
			if (!a.startsWith("--") || i + 1 >= argv.length) {
				System.err.println("load-test: unknown argument " + a);
				usage();
				System.exit(2);
			}
			args.put(a.substring(2), argv[++i]);
		}
		try {
			System.exit(new LoadTestCommand(args).run() ? 0 : 1);
		}
		catch (Exception ex) {
			System.err.println("load-test: failed: " + ex);
			ex.printStackTrace();
			System.exit(2);
		}
	}

	static void usage() {
		System.err.println("""
				usage: ./load-test.sh [--rows N] [--clients C] [--duration D] [--warmup W] [--restart-window S] [--jvm "OPTIONS"]
				  --rows            research results in the catalog (default 100000; synthetic copies of the demo catalog)
				  --clients         concurrent clients (default 20)
				  --duration        measured seconds per scenario, each side of a pair in 3 alternating rounds (default 30)
				  --warmup          unmeasured seconds before each scenario (default duration/3, at least 5)
				  --restart-window  seconds measured right after the restart (default 60)
				  --jvm             JVM options for the product (default "-Xmx768m", the documented heap; "" for none)
				  --fast-start      also restart from this fast-start layout (load-test.sh builds target/fast-start)
				  --lists           grown (default: 5,000 partner organizations, 1,000 agreements, 10,000 demands, synthetic
				                    copies of the demo ones) or demo (the demo data's dozen rows each)
				  --only            a quick look at some pairs: only those whose path contains one of these comma-separated
				                    words (e.g. "agreements,/search"); the restarts only with the word restart""");
	}

	boolean run() throws Exception {
		Files.createDirectories(this.work);
		Path dataDir = freshDataDirectory();
		int port = freePort();
		this.started = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
		this.loadBefore = loadAverage();
		List<String> productArgs = List.of("--uniregion.data-dir=" + dataDir, "--uniregion.demo.password=" + PASSWORD);
		say("starting the product on a fresh data directory %s (port %d, log %s)", dataDir, port,
				this.work.resolve("product-1.log"));
		ProductProcess first = ProductProcess.start(this.jar, this.jvmOptions, productArgs, port,
				this.work.resolve("product-1.log"), this.work.resolve("product.pid"));
		try {
			this.firstStart = first.awaitHealthy(Duration.ofMinutes(15));
			say("healthy after %.1f s", this.firstStart);
			warm(first, Db.of(dataDir));
		}
		finally {
			first.close();
		}
		this.stop = first.stoppedIn();
		if (!restarts()) {
			this.loadAfter = loadAverage();
			return report();
		}
		say("stopped in %.1f s; restarting the product on the same data directory (log %s)", this.stop,
				this.work.resolve("product-2.log"));
		try (ProductProcess second = ProductProcess.start(this.jar, this.jvmOptions, productArgs, port,
				this.work.resolve("product-2.log"), this.work.resolve("product.pid"))) {
			this.restart = second.awaitHealthy(Duration.ofMinutes(15));
			say("healthy after %.1f s; searching for %d s", this.restart, this.restartWindow);
			this.firstMinute = measure(http(second.base(), "API", "/api/v1/search?q=材料", api()), 0, this.restartWindow);
			this.memoryAfterRestart = second.memoryMiB();
		}
		if (this.fastStart != null) {
			say("restarting from the fast-start layout %s (log %s)", this.fastStart, this.work.resolve("product-3.log"));
			// As an operator starts it: uniregion.sh picks the layout's Java and its archive or cache (and starts without
			// them when a flight recording or an agent is on, on which Java 17 crashes).
			try (ProductProcess third = ProductProcess.startScript(this.fastStart.resolve("uniregion.sh"), this.jvmOptions,
					productArgs, port, this.work.resolve("product-3.log"), this.work.resolve("product.pid"))) {
				this.restartFast = third.awaitHealthy(Duration.ofMinutes(15));
				say("healthy after %.1f s; searching for %d s", this.restartFast, this.restartWindow);
				this.firstMinuteFast = measure(http(third.base(), "API", "/api/v1/search?q=材料", api()), 0,
						this.restartWindow);
			}
		}
		this.loadAfter = loadAverage();
		return report();
	}

	/** The catalog grown, then every pair measured warm, with the memory sampled meanwhile. */
	private void warm(ProductProcess product, Db db) throws Exception {
		awaitDemoData(db);
		String admin = createToken(product.base(), "admin");
		this.token = createToken(product.base(), "staff");
		this.catalog = grow(db, product.base(), admin);
		this.cookie = "JSESSIONID=" + WebSession.login(product.base(), "staff", PASSWORD).cookie("JSESSIONID");
		Thread sampler = startSampler(product);
		try {
			String base = product.base();
			pair(http(base, "HTML", "/search?q=sensor", page()), http(base, "API", "/api/v1/search?q=sensor", api()));
			pair(http(base, "HTML", "/results", page()), http(base, "API", "/api/v1/results?size=20", api()));
			pair(http(base, "HTML", "/demands", page()), http(base, "API", "/api/v1/demands?size=20", api()));
			for (Map.Entry<String, Sql> list : listSql().entrySet()) {
				String path = "/api/v1/" + list.getKey() + "?size=20";
				Sql sql = list.getValue();
				pair(http(base, "API", path, api()), new Target("SQL of " + path, i -> db.call(sql)));
			}
			if (restarts()) {
				this.warmSearch = measure(http(base, "API", "/api/v1/search?q=材料", api()), this.warmup, this.duration);
			}
		}
		finally {
			sampler.interrupt();
		}
		this.memory = product.memoryMiB();
	}

	/** Prints the tables and writes them to target/load-test-report.md; whether every request answered 2xx. */
	private boolean report() throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# UniRegion load test\n\n");
		md.append(String.format(Locale.ROOT, "%s; %d cores (%s), load average before %s, after %s; Java %s; product JVM "
				+ "options: %s. %,d research results: %s. %d concurrent clients; each side of a pair %d s measured, in %d rounds alternating with the other side, after %d s warm-up.%n%n",
				this.started, Runtime.getRuntime().availableProcessors(), hostDescription(), this.loadBefore, this.loadAfter,
				System.getProperty("java.version"),
				this.jvmOptions.isEmpty() ? "none (JVM defaults)" : String.join(" ", this.jvmOptions), this.rows,
				this.catalog, this.clients, this.duration, ROUNDS, this.warmup));
		md.append("| what | UniRegion | the same answer by | ratio (req/s) | ratio (p50) |\n");
		md.append("|---|---|---|---|---|\n");
		for (Pair p : this.pairs) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %s: %s | %.1f× | %.1f× |%n", p.ours().name(),
					figures(p.ours()), p.baseline().name(), figures(p.baseline()),
					p.baseline().perSecond() / p.ours().perSecond(), p.ours().p50() / p.baseline().p50()));
		}
		if (this.firstMinute != null) {
			startUpAndMemory(md);
		}
		List<LoadDriver.Measurement> all = new ArrayList<>();
		this.pairs.forEach(p -> all.addAll(List.of(p.ours(), p.baseline())));
		if (this.firstMinute != null) {
			all.addAll(List.of(this.warmSearch, this.firstMinute));
		}
		if (this.firstMinuteFast != null) {
			all.add(this.firstMinuteFast);
		}
		long errors = all.stream().mapToLong(LoadDriver.Measurement::errors).sum();
		md.append(String.format(Locale.ROOT, "%nErrors (answers other than 2xx, or failed requests): %,d.%n", errors));
		for (LoadDriver.Measurement m : all) {
			if (m.errors() > 0) {
				md.append(String.format(Locale.ROOT, "- %s: %,d, the first: %s%n", m.name(), m.errors(), m.firstError()));
			}
		}
		md.append("\nRatios: req/s of the same answer by the baseline ÷ req/s of UniRegion, and p50 of UniRegion ÷ p50 "
				+ "of the baseline (above 1: UniRegion is slower). The load generator runs on the same machine, one "
				+ "request after the other per client; only ratios measured in the same run mean something on a shared "
				+ "machine.\n");
		System.out.println();
		System.out.println(md);
		Path report = Path.of("target", "load-test-report.md").toAbsolutePath();
		Files.writeString(report, md.toString());
		say("report written to %s", report);
		return errors == 0;
	}

	final HttpClient http = LoadDriver.httpClient();

	private Map<String, String> api() {
		return Map.of("Authorization", "Bearer " + this.token, "Accept", "application/json", "Accept-Language", "en");
	}

	private Map<String, String> page() {
		return Map.of("Cookie", this.cookie, "Accept", "text/html", "Accept-Language", "en");
	}

	/** A page or API answer and the same answer by other means, measured alternately. */
	record Pair(LoadDriver.Measurement ours, LoadDriver.Measurement baseline) {
	}

	/** What a scenario's clients send: each client's {@link LoadDriver.Call}. */
	record Target(String name, IntFunction<LoadDriver.Call> calls) {
	}

	private Target http(String base, String label, String path, Map<String, String> headers) {
		URI uri = URI.create(base + path.replace("材料", enc("材料")));
		return new Target(label + " " + path, i -> LoadDriver.get(this.http, uri, headers));
	}

	/**
	 * Both sides in {@link #ROUNDS} alternating rounds of {@code duration / ROUNDS} seconds, each after its warm-up
	 * (the full warm-up before the first round, a second to fill the pipeline before the others).
	 */
	private void pair(Target ours, Target baseline) throws Exception {
		if (this.only.isEmpty() || this.only.stream().anyMatch(ours.name()::contains)) {
			this.pairs.add(measurePair(ours, baseline));
		}
	}

	private Pair measurePair(Target ours, Target baseline) throws Exception {
		say("%s against %s: %d clients, %d s warm-up, %d s measured in %d rounds each", ours.name(), baseline.name(),
				this.clients, this.warmup, this.duration, ROUNDS);
		int slice = Math.max(1, this.duration / ROUNDS);
		LoadDriver.Measurement a = null;
		LoadDriver.Measurement b = null;
		for (int round = 0; round < ROUNDS; round++) {
			int warm = round == 0 ? this.warmup : 1;
			a = LoadDriver.Measurement.merge(a, LoadDriver.drive(ours.name(), this.clients, warm, slice, ours.calls()));
			b = LoadDriver.Measurement.merge(b, LoadDriver.drive(baseline.name(), this.clients, warm, slice, baseline.calls()));
		}
		say("  %-50s %s%s", a.name(), figures(a), errors(a));
		say("  %-50s %s%s", b.name(), figures(b), errors(b));
		return new Pair(a, b);
	}

	private LoadDriver.Measurement measure(Target target, int warm, int seconds) throws Exception {
		say("%s: %d clients, %d s warm-up, %d s measured", target.name(), this.clients, warm, seconds);
		LoadDriver.Measurement m = LoadDriver.drive(target.name(), this.clients, warm, seconds, target.calls());
		say("  %-50s %s%s", m.name(), figures(m), errors(m));
		return m;
	}

	/** What the fast-start layout holds, as ./fast-start.sh wrote it (the Java, and its archive or cache). */
	private String fastStartLayout() {
		try {
			return Files.readString(this.fastStart.resolve("layout.txt")).strip();
		}
		catch (IOException ex) {
			return "class-data archive";
		}
	}

	private void startUpAndMemory(StringBuilder md) {
		md.append(String.format(Locale.ROOT, "%n| start-up, first minute, memory | |%n|---|---|%n"));
		md.append(String.format(Locale.ROOT, "| first start on a fresh data directory, to healthy | %.1f s (then the demo "
				+ "data: %.1f s more) |%n", this.firstStart, this.demoData));
		md.append(String.format(Locale.ROOT, "| graceful stop | %.1f s |%n", this.stop));
		md.append(String.format(Locale.ROOT, "| restart on the same data directory, to healthy | %.1f s |%n", this.restart));
		md.append(String.format(Locale.ROOT, "| search 材料, first %d s after the restart | %s; ratio to warm %.1f× (req/s), "
				+ "%.1f× (p50) |%n", this.restartWindow, figures(this.firstMinute),
				this.warmSearch.perSecond() / this.firstMinute.perSecond(), this.firstMinute.p50() / this.warmSearch.p50()));
		for (int s = 0; s < this.restartWindow; s += 10) {
			int to = Math.min(this.restartWindow, s + 10);
			md.append(String.format(Locale.ROOT, "| … seconds %d–%d after healthy | %s |%n", s, to,
					figures(this.firstMinute.slice("", s, to))));
		}
		if (this.fastStart != null) {
			md.append(String.format(Locale.ROOT, "| restart from the fast-start layout (`./fast-start.sh`: extracted; %s), "
					+ "to healthy | %.1f s |%n", fastStartLayout(), this.restartFast));
			md.append(String.format(Locale.ROOT, "| search 材料, first %d s after that restart | %s; ratio to warm "
					+ "%.1f× (req/s), %.1f× (p50) |%n", this.restartWindow, figures(this.firstMinuteFast),
					this.warmSearch.perSecond() / this.firstMinuteFast.perSecond(),
					this.firstMinuteFast.p50() / this.warmSearch.p50()));
		}
		md.append(String.format(Locale.ROOT, "| search 材料, warm | %s |%n", figures(this.warmSearch)));
		md.append(String.format(Locale.ROOT, "| product JVM resident memory under load | at most %,d MiB (VmRSS, sampled "
				+ "each second), peak %,d MiB (VmHWM, also during the data load and index rebuild) |%n", this.maxRss.get(),
				this.memory[1]));
		md.append(String.format(Locale.ROOT, "| … after the restart's first %d s | %,d MiB (peak %,d MiB) |%n",
				this.restartWindow, this.memoryAfterRestart[0], this.memoryAfterRestart[1]));
	}

	private static String errors(LoadDriver.Measurement m) {
		return m.errors() > 0 ? ", " + m.errors() + " errors, the first: " + m.firstError() : "";
	}

	static String figures(LoadDriver.Measurement m) {
		return String.format(Locale.ROOT, "%s req/s, p50 %s ms, p99 %s ms", number(m.perSecond()), number(m.p50()), number(m.p99()));
	}

	/** Two decimals below 10, one below 100, none above. */
	private static String number(double v) {
		return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%,.0f", v);
	}

	/** Waits until the demo data is there: users, catalog, agreements, demands (a failed login would be throttled). */
	private void awaitDemoData(Db db) throws Exception {
		long t0 = System.nanoTime();
		long deadline = t0 + Duration.ofMinutes(20).toNanos();
		while (System.nanoTime() < deadline) {
			if (db.demoDataLoaded()) {
				this.demoData = (System.nanoTime() - t0) / 1e9;
				return;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The demo data was not there within 20 minutes");
	}

	/** A personal access token of a demo user, created as a script would: HTTP Basic, POST /api/v1/me/tokens. */
	String createToken(String base, String user) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\",\"expiresInDays\":1}"))
			.build();
		HttpResponse<String> res = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (res.statusCode() != 201) {
			throw new IllegalStateException("Creating a token for " + user + " answered " + res.statusCode() + ": " + res.body());
		}
		return json.readTree(res.body()).path("secret").asString();
	}

	/**
	 * Grows the research results to {@link #rows}: synthetic copies of the demo catalog's real records (a copy
	 * number in the title), inserted with plain JDBC, then indexed by the product's rebuild. Says what it made.
	 */
	private String grow(Db db, String base, String adminToken) throws Exception {
		long existing = db.count("select count(*) from research_result");
		List<CatalogBenchmark.Record> real = CatalogBenchmark.realRecords();
		long missing = Math.max(0, this.rows - existing);
		String what = String.format(Locale.ROOT, "%,d of the product's demo data (its demo catalog of the real NASA and "
				+ "CSL records, and the demo researcher's) and %,d synthetic copies of %,d real NASA and CSL records "
				+ "(a copy number in the title), inserted with plain JDBC and indexed by the product's rebuild",
				existing, missing, real.size());
		say("catalog: %s", what);
		long t0 = System.nanoTime();
		db.insertCopies(real, (int) missing);
		say("inserted %,d results in %.1f s", missing, (System.nanoTime() - t0) / 1e9);
		if (this.growLists) {
			List<String> grown = new ArrayList<>();
			for (GrownList list : LISTS) {
				long rows = db.count("select count(*) from " + list.table());
				int copies = (int) Math.max(0, list.rows() - rows);
				if (copies > 0) {
					db.insertListCopies(list, copies);
				}
				grown.add(String.format(Locale.ROOT, "%s %,d (%,d of the demo data and %,d synthetic copies of them, a "
						+ "copy number in the name or title)", list.table(), rows + copies, rows, copies));
			}
			what += "; the smaller lists grown with plain JDBC: " + String.join(", ", grown);
			say("lists: %s", String.join(", ", grown));
		}
		else {
			what += "; the smaller lists at the demo data's size (--lists demo)";
		}
		say("rebuilding the search index");
		long t1 = System.nanoTime();
		rebuildIndex(base, adminToken);
		say("index rebuilt in %.1f s", (System.nanoTime() - t1) / 1e9);
		return what;
	}

	private void rebuildIndex(String base, String adminToken) throws Exception {
		Map<String, String> headers = Map.of("Authorization", "Bearer " + adminToken, "Accept", "application/json");
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/v1/search/index/rebuild"))
			.POST(HttpRequest.BodyPublishers.noBody());
		headers.forEach(post::header);
		HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + "/api/v1/search/index"));
		headers.forEach(get::header);
		String startedAt = null;
		long lastSaid = 0;
		while (true) {
			if (startedAt == null) {
				HttpResponse<String> res = this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
				if (res.statusCode() == 202) {
					startedAt = json.readTree(res.body()).path("startedAt").asString();
				}
				else if (res.statusCode() != 409) {
					throw new IllegalStateException("The rebuild answered " + res.statusCode() + ": " + res.body());
				}
			}
			Thread.sleep(2000);
			HttpResponse<String> res = this.http.send(get.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode status = json.readTree(res.body());
			JsonNode rebuild = status.path("rebuild");
			if (startedAt != null && startedAt.equals(rebuild.path("startedAt").asString())) {
				String state = rebuild.path("state").asString();
				if (state.equals("FAILED")) {
					throw new IllegalStateException("The rebuild failed: " + rebuild.path("error").asString());
				}
				if (state.equals("DONE")) {
					return;
				}
				if (System.nanoTime() - lastSaid > 15_000_000_000L) {
					say("index rebuild %d%%", rebuild.path("percent").asInt());
					lastSaid = System.nanoTime();
				}
			}
		}
	}

	private Thread startSampler(ProductProcess product) {
		Thread t = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				this.maxRss.accumulateAndGet(product.memoryMiB()[0], Math::max);
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "rss-sampler");
		t.setDaemon(true);
		t.start();
		return t;
	}

	/** A new data directory under target/load-test; earlier runs' directories are deleted first. */
	private Path freshDataDirectory() throws IOException {
		try (Stream<Path> old = Files.list(this.work)) {
			for (Path p : old.filter(p -> p.getFileName().toString().startsWith("data-")).toList()) {
				try (Stream<Path> tree = Files.walk(p)) {
					for (Path f : tree.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(f);
					}
				}
			}
		}
		Path dir = this.work.resolve("data-" + Instant.now().getEpochSecond());
		Files.createDirectories(dir);
		return dir;
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		}
		catch (IOException ex) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String hostDescription() {
		try {
			long kib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
				.mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
			return String.format(Locale.ROOT, "%s, %.0f GB memory", System.getProperty("os.name"), kib / 1024.0 / 1024.0);
		}
		catch (IOException ex) {
			return System.getProperty("os.name");
		}
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static void say(String format, Object... args) {
		System.out.printf(Locale.ROOT, "load-test: " + format + "%n", args);
	}

	/** The product's embedded PostgreSQL, reached as the product reaches it (its application role). */
	record Db(String url, String user, String password) {

		static Db of(Path dataDir) throws IOException {
			Path home = dataDir.resolve("postgres");
			return new Db("jdbc:postgresql://127.0.0.1:" + Files.readString(home.resolve("port")).trim() + "/uniregion",
					"uniregion_app", Files.readString(home.resolve("app.password")).trim());
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

		long count(String sql) throws SQLException {
			try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}

		boolean demoDataLoaded() {
			try {
				return count("select count(*) from demo_catalog_release") >= 2
						&& count("select count(*) from app_user where username in ('admin', 'staff')") == 2
						&& count("select count(*) from agreement") > 0 && count("select count(*) from demand") > 0;
			}
			catch (SQLException ex) {
				return false; // not migrated yet
			}
		}

		void insertCopies(List<CatalogBenchmark.Record> real, int missing) throws SQLException {
			try (Connection c = connect()) {
				c.setAutoCommit(false);
				long ownerId;
				String ownerName;
				try (PreparedStatement ps = c.prepareStatement("select id, display_name from app_user where username = 'staff'");
						ResultSet rs = ps.executeQuery()) {
					rs.next();
					ownerId = rs.getLong(1);
					ownerName = rs.getString(2);
				}
				// Copies 1, 2, …: the demo catalog holds the real records themselves.
				CatalogBenchmark.insertCopies(c, real, real.size(), real.size() + missing, ownerId, ownerName,
						"PUBLISHED");
			}
		}

		/** Inserts {@code copies} synthetic copies of the rows of a smaller list's table. */
		void insertListCopies(GrownList list, int copies) throws SQLException {
			try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(list.copies())) {
				ps.setInt(1, copies);
				ps.executeUpdate();
			}
		}

		/** One client of the raw baseline: its own connection, the page's statements prepared once. */
		LoadDriver.Call call(Sql sql) {
			try {
				Connection c = connect();
				PreparedStatement page = c.prepareStatement(sql.page());
				PreparedStatement count = c.prepareStatement(sql.count());
				return new LoadDriver.Call() {

					@Override
					public int call() throws SQLException {
						if (readAll(page) == 20) {
							readAll(count);
						}
						return 200;
					}

					@Override
					public void close() throws SQLException {
						c.close();
					}

				};
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Runs a statement and reads every column of every row, as the product maps them; the rows. */
		private static int readAll(PreparedStatement ps) throws SQLException {
			int rows = 0;
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					rows++;
					for (int i = 1; i <= columns; i++) {
						rs.getObject(i);
					}
				}
			}
			return rows;
		}

	}

}
