package org.uniregion.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up's background work: done before the tests begin (they wait for it), and what still runs is on the
 * administrator's home page, in both languages, with its progress; nobody else sees it.
 */
@IntegrationTest
class BackgroundWorkIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	BackgroundWork work;

	@Test
	void theStartUpTasksRanInTheBackgroundAndAreDone() {
		assertThat(this.work.awaitStartupTasks(java.time.Duration.ZERO)).isTrue();
		assertThat(this.work.unfinished()).as("no start-up task failed or is left").isEmpty();
		assertThat(WebSession.as(TestUsers.ADMIN, this.port).get("/").body()).doesNotContain("id=\"panel-background\"");
	}

	@Test
	void whatStillRunsIsOnTheAdministratorsHomePageInBothLanguages() {
		BackgroundWork.Tracked rebuild = this.work.begin("search-rebuild");
		try {
			rebuild.progress(40, 100);
			WebSession admin = WebSession.as(TestUsers.ADMIN, this.port);
			assertThat(admin.get("/?lang=en").body()).contains("id=\"panel-background\"", "Running in the background",
					"Search index being rebuilt", "40 %");
			assertThat(admin.get("/?lang=zh-CN").body()).contains("仍在后台运行", "正在重建搜索索引", "40%");
			assertThat(WebSession.as(TestUsers.STAFF, this.port).get("/").body()).doesNotContain("id=\"panel-background\"");
		}
		finally {
			rebuild.done();
		}
		assertThat(WebSession.as(TestUsers.ADMIN, this.port).get("/?lang=en").body()).doesNotContain("id=\"panel-background\"");
	}

}
