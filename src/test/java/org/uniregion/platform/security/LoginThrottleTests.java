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

	private static final String A = "203.0.113.5";

	private static final String B = "198.51.100.7";

	@Test
	void theFirstFailuresCostNothing() {
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
			this.throttle.failed("wuxi", A);
		}
		assertThat(this.throttle.blockedUntil("wuxi", A)).isNull();
	}

	@Test
	void afterFiveFailuresTheNextAttemptMustWait() {
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			this.throttle.failed("Wuxi ", A);
		}
		assertThat(this.throttle.blockedUntil("wuxi", A)).as("user names are compared case- and blank-insensitively")
			.isEqualTo(this.now.plusSeconds(30));
		this.now = this.now.plusSeconds(31);
		assertThat(this.throttle.blockedUntil("wuxi", A)).isNull();
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
			this.throttle.failed("admin", A);
		}
		assertThat(this.throttle.blockedUntil("staff", A)).isNull();
		this.throttle.succeeded("admin", A);
		assertThat(this.throttle.blockedUntil("admin", A)).isNull();
	}

	@Test
	void failuresAreForgottenAfterAnHour() {
		for (int i = 0; i < 6; i++) {
			this.throttle.failed("admin", A);
		}
		this.now = this.now.plus(Duration.ofMinutes(61));
		this.throttle.failed("admin", A);
		assertThat(this.throttle.blockedUntil("admin", A)).isNull();
	}

	@Test
	void failuresFromOneAddressDoNotLockTheAccountForAnother() {
		for (int i = 0; i < 40; i++) {
			this.throttle.failed("admin", A);
		}
		assertThat(this.throttle.blockedUntil("admin", A)).as("the failing address waits").isNotNull();
		assertThat(this.throttle.blockedUntil("admin", B)).as("the account's owner elsewhere does not").isNull();
		this.throttle.succeeded("admin", B);
		assertThat(this.throttle.blockedUntil("admin", A)).as("a success elsewhere does not free the guesser").isNotNull();
	}

	@Test
	void oneAddressTryingManyNamesIsThrottledForEveryName() {
		for (int i = 0; i < LoginThrottle.FREE_NAMES_PER_ADDRESS - 1; i++) {
			this.throttle.failed("user" + i, A);
		}
		assertThat(this.throttle.blockedUntil("admin", A)).isNull();
		this.throttle.failed("user-last", A);
		assertThat(this.throttle.blockedUntil("admin", A)).as("password spraying: the address waits, whatever the name")
			.isEqualTo(this.now.plusSeconds(30));
		assertThat(this.throttle.blockedUntil("admin", B)).isNull();
		this.now = this.now.plusSeconds(31);
		this.throttle.failed("user-next", A);
		assertThat(this.throttle.blockedUntil("staff", A)).as("each further failure doubles the wait")
			.isEqualTo(this.now.plusSeconds(60));
	}

	@Test
	void oneNameFailingRepeatedlyIsNotSpraying() {
		for (int i = 0; i < 3 * LoginThrottle.FREE_NAMES_PER_ADDRESS; i++) {
			this.throttle.failed("wuxi", A);
		}
		assertThat(this.throttle.blockedUntil("staff", A)).as("the address's other users are not held back").isNull();
	}

}
