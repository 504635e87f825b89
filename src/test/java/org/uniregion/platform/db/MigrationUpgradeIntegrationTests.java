package org.uniregion.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.uniregion.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade: a database migrated by an earlier release, which lacked a module's newest migrations although it had
 * other modules' higher versions, is brought up to date by the application's own Flyway settings. Each module owns
 * its chain of migrations; a new migration of one module must not be refused because another module's applied
 * migration carries a higher version.
 */
@IntegrationTest
class MigrationUpgradeIntegrationTests {

	/**
	 * What the release before the search, import and lead modules lacked, below versions it had applied (and what
	 * came after it: the demo catalog's release, the suspected-spam flags).
	 */
	static final Set<String> ADDED_LATER = Set.of("V2026_11_24_51__result_source.sql", "V2026_11_24_52__result_id_blocks.sql",
			"V2026_11_24_55__demo_catalog_release.sql", "V2026_11_24_65__demand_suspected_spam.sql",
			"V2026_11_24_85__lead_suspected_spam.sql");

	@Autowired
	Environment env;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void aModulesNewMigrationIsAppliedBelowAnotherModulesAppliedVersion() throws Exception {
		String url = this.env.getRequiredProperty("spring.flyway.url");
		String user = this.env.getRequiredProperty("spring.flyway.user");
		String password = this.env.getRequiredProperty("spring.flyway.password");
		String database = "upgrade_" + System.nanoTime();
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute("create database " + database);
		}
		String upgradeUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		Path earlier = Files.createTempDirectory("earlier-release");
		try {
			upgrade(upgradeUrl, user, password, earlier);
		}
		finally {
			try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + database);
			}
			deleteTree(earlier);
		}
	}

	private void upgrade(String upgradeUrl, String user, String password, Path earlier) throws Exception {
		List<String> earlierLocations = new ArrayList<>();
		for (String location : this.env.getRequiredProperty("spring.flyway.locations").split(",")) {
			String folder = location.trim().substring("classpath:".length());
			Path target = Files.createDirectories(earlier.resolve(folder));
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.sql")) {
				if (!ADDED_LATER.contains(r.getFilename())) {
					try (InputStream in = r.getInputStream()) {
						Files.copy(in, target.resolve(r.getFilename()));
					}
				}
			}
			earlierLocations.add("filesystem:" + target);
		}
		Map<String, String> placeholders = Map.of("app-role",
				this.env.getRequiredProperty("spring.flyway.placeholders.app-role"));
		JavaMigration[] java = this.javaMigrations.toArray(JavaMigration[]::new);

		// The earlier release: every migration but the later ones, up to the highest version of all modules.
		Flyway.configure().dataSource(upgradeUrl, user, password).locations(earlierLocations.toArray(String[]::new))
			.placeholders(placeholders).javaMigrations(java).load().migrate();

		// This release, with the application's own settings.
		Flyway current = Flyway.configure().dataSource(upgradeUrl, user, password)
			.locations(this.env.getRequiredProperty("spring.flyway.locations").split(","))
			.outOfOrder(this.env.getProperty("spring.flyway.out-of-order", Boolean.class, false))
			.placeholders(placeholders).javaMigrations(java).load();
		assertThat(current.migrate().migrationsExecuted).isEqualTo(ADDED_LATER.size());
		current.validate();
		assertThat(List.of(current.info().applied())).extracting(MigrationInfo::getScript)
			.containsAll(ADDED_LATER);
		try (Connection c = DriverManager.getConnection(upgradeUrl, user, password); Statement s = c.createStatement();
				var rs = s.executeQuery("select count(*) from information_schema.columns "
						+ "where table_name = 'research_result' and column_name = 'source'")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(1);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
