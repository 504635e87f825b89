package org.uniregion.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.platform.SystemActor;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PartnerReminderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReminderJob job;

	long inForce(String title, LocalDate start, LocalDate end) {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		var created = staff.post("/api/v1/agreements", PartnerApiIntegrationTests.agreement(title, "320205",
				start.minusDays(1).toString(), start.toString(), end.toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		long version = created.json().get("version").asLong();
		for (String to : List.of("SIGNED", "IN_FORCE")) {
			var moved = staff.post("/api/v1/agreements/" + id + "/transitions", Map.of("to", to, "version", version));
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
			version = moved.json().get("version").asLong();
		}
		return id;
	}

	String status(long id) {
		return this.jdbc.queryForObject("select status from agreement where id = ?", String.class, id);
	}

	int reminders(long id) {
		return this.jdbc.queryForObject("select count(*) from agreement_reminder where agreement_id = ?", Integer.class, id);
	}

	@Test
	void movesAgreementsByTheirDatesAndRemindsOnce() {
		LocalDate today = PartnerDates.today();
		long endingSoon = inForce("测试 30 天后到期", today.minusYears(1), today.plusDays(30));
		long ended = inForce("测试 已过期", today.minusYears(2), today.minusDays(1));
		long farAway = inForce("测试 远期", today.minusYears(1), today.plusYears(3));

		SystemActor.run(this.job::run);

		assertThat(status(endingSoon)).isEqualTo("EXPIRING");
		assertThat(status(ended)).isEqualTo("EXPIRED");
		assertThat(status(farAway)).isEqualTo("IN_FORCE");
		assertThat(reminders(endingSoon)).isEqualTo(1);
		assertThat(reminders(ended)).isZero();
		assertThat(reminders(farAway)).isZero();

		// A second run changes nothing and reminds no one again.
		SystemActor.run(this.job::run);
		assertThat(reminders(endingSoon)).isEqualTo(1);
		assertThat(status(endingSoon)).isEqualTo("EXPIRING");

		var history = ApiClient.as(TestUsers.STAFF, this.port).get("/api/v1/agreements/" + ended + "/history").json();
		assertThat(history.get(history.size() - 1).get("to").asString()).isEqualTo("EXPIRED");
		assertThat(history.get(history.size() - 1).get("changedBy").asString()).isEqualTo("system");

		// The home page's panel shows it to those who may see it.
		String home = WebSession.as(TestUsers.WUXI, this.port).get("/").body();
		assertThat(home).contains("panel-expiring").contains("测试 30 天后到期");
		assertThat(WebSession.as(TestUsers.ENTERPRISE, this.port).get("/").body()).doesNotContain("测试 30 天后到期");
		assertThat(WebSession.as(TestUsers.RESEARCHER, this.port).get("/").body()).doesNotContain("panel-expiring");
	}

}
