package org.uniregion.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.UniRegionApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code spring.datasource.url} set, UniRegion starts no PostgreSQL of its own and uses that server: the
 * schema owner migrates, the application connects as an unprivileged role that may only append to the audit
 * trail. The "external" server here is a separately started PostgreSQL with roles made as a DBA would.
 */
class ExternalDatabaseIntegrationTests {

	@Test
	void runsOnAnExternalServerWithSeparateOwnerAndApplicationRoles() throws Exception {
		Path dir = Path.of(System.getProperty("uniregion.data-dir", "target/test-data/external"))
			.resolveSibling("external-server-" + System.nanoTime());
		try (EmbeddedPostgres server = EmbeddedPostgres.start(dir)) {
			String admin = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
			try (Connection c = DriverManager.getConnection(admin, server.superuser(), server.superuserPassword());
					Statement st = c.createStatement()) {
				st.execute("create role ext_owner login password 'owner-pw'");
				st.execute("create role ext_app login password 'app-pw'");
				st.execute("create database ext owner ext_owner");
			}
			try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/ext",
					server.superuser(), server.superuserPassword()); Statement st = c.createStatement()) {
				st.execute("alter schema public owner to ext_owner");
			}
			String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/ext";
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(UniRegionApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=ext_app",
					"--spring.datasource.password=app-pw", "--spring.flyway.user=ext_owner", "--spring.flyway.password=owner-pw",
					"--uniregion.data-dir=" + dir.resolve("app"), "--uniregion.demo.enabled=false",
					"--spring.main.banner-mode=off")) {
				assertThat(app.getEnvironment().getProperty(EmbeddedDatabaseEnvironmentPostProcessor.ACTIVE)).isNull();
				assertThat(EmbeddedDatabases.get(dir.resolve("app").toAbsolutePath().normalize())).isNull();
				assertThat(DataDirectoryLock.isHeld(dir.resolve("app").toAbsolutePath().normalize()))
					.as("the data directory (the search index) is locked with an external database too").isTrue();

				JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
				assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("ext_app");
				assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(3213);
				assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
					.as("no demo users when demo data is off").isZero();
				assertThat(jdbc.queryForObject("select count(*) from partner_organization", Integer.class)).isZero();
				assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
					.hasRootCauseInstanceOf(SQLException.class)
					.rootCause().hasMessageContaining("permission denied");
			}
			assertThat(DataDirectoryLock.isHeld(dir.resolve("app").toAbsolutePath().normalize()))
				.as("released when the application closes").isFalse();
		}
	}

}
