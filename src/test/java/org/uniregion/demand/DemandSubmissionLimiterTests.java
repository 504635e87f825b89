package org.uniregion.demand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.uniregion.platform.SubmissionLimiter;

import static org.assertj.core.api.Assertions.assertThat;

class DemandSubmissionLimiterTests {

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-24T10:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void fiveAnHourPerAddressThenAgainInTheNextWindow() {
		MovableClock clock = new MovableClock();
		SubmissionLimiter limiter = new SubmissionLimiter(5, Duration.ofHours(1), clock);
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		}
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(59));
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		clock.now = clock.now.plus(Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
	}

}
