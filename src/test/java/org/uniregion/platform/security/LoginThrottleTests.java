package org.uniregion.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private Instant now = Instant.parse("2026-11-24T10:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle(new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return LoginThrottleTests.this.now;
		}
	});

	@Test
	void theFirstFailuresCostNothing() {
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
			this.throttle.failed("wuxi");
		}
		assertThat(this.throttle.blockedUntil("wuxi")).isNull();
	}

	@Test
	void afterFiveFailuresTheNextAttemptMustWait() {
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			this.throttle.failed("Wuxi ");
		}
		assertThat(this.throttle.blockedUntil("wuxi")).as("user names are compared case- and blank-insensitively")
			.isEqualTo(this.now.plusSeconds(30));
		this.now = this.now.plusSeconds(31);
		assertThat(this.throttle.blockedUntil("wuxi")).isNull();
	}

	@Test
	void theDelayDoublesUpToFifteenMinutes() {
		assertThat(LoginThrottle.delay(5)).isEqualTo(Duration.ofSeconds(30));
		assertThat(LoginThrottle.delay(6)).isEqualTo(Duration.ofSeconds(60));
		assertThat(LoginThrottle.delay(7)).isEqualTo(Duration.ofSeconds(120));
		assertThat(LoginThrottle.delay(40)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void successClearsTheCountAndOtherUsersAreNotAffected() {
		for (int i = 0; i < 6; i++) {
			this.throttle.failed("admin");
		}
		assertThat(this.throttle.blockedUntil("staff")).isNull();
		this.throttle.succeeded("admin");
		assertThat(this.throttle.blockedUntil("admin")).isNull();
	}

	@Test
	void failuresAreForgottenAfterAnHour() {
		for (int i = 0; i < 6; i++) {
			this.throttle.failed("admin");
		}
		this.now = this.now.plus(Duration.ofMinutes(61));
		this.throttle.failed("admin");
		assertThat(this.throttle.blockedUntil("admin")).isNull();
	}

}
