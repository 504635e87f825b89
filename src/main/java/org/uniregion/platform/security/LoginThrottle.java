package org.uniregion.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed logins for a user name, every further
 * attempt must wait, twice as long after each failure (up to 15 minutes), even if the password is right.
 * A success clears the count. Kept in memory: a restart forgets, which costs a guesser nothing it could use.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	private static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** When the next attempt for this user name is allowed, or {@code null} if now. */
	@org.jspecify.annotations.Nullable Instant blockedUntil(String username) {
		Failures f = this.failures.get(key(username));
		Instant now = this.clock.instant();
		if (f == null || f.count < FREE_ATTEMPTS || f.last.plus(FORGET_AFTER).isBefore(now)) {
			return null;
		}
		Instant until = f.last.plus(delay(f.count));
		return until.isAfter(now) ? until : null;
	}

	void failed(String username) {
		Instant now = this.clock.instant();
		this.failures.compute(key(username), (k, f) -> (f == null || f.last.plus(FORGET_AFTER).isBefore(now))
				? new Failures(1, now) : new Failures(f.count + 1, now));
	}

	void succeeded(String username) {
		this.failures.remove(key(username));
	}

	static Duration delay(int count) {
		int over = Math.max(0, count - FREE_ATTEMPTS);
		long seconds = FIRST_DELAY.getSeconds() << Math.min(over, 10);
		return seconds > MAX_DELAY.getSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
	}

	private static String key(String username) {
		return username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private record Failures(int count, Instant last) {
	}

}
