package org.uniregion.platform.db;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.uniregion.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL the application really talks to (through its own data source and role) flushes every commit
 * to disk before acknowledging it: the crash tests prove what these settings buy, this test that they are on.
 */
@IntegrationTest
class DurableSettingsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theRunningServerHasFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
		try (Connection c = this.dataSource.getConnection()) {
			assertThat(DurabilitySettings.shown(c, DurabilitySettings.DURABLE.keySet()))
				.isEqualTo(DurabilitySettings.DURABLE);
		}
	}

}
