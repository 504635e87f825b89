package org.uniregion.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, by account and by address:
 * <ul>
 * <li>after {@value #FREE_ATTEMPTS} failed logins for a user name <em>from one address</em>, every further attempt
 * for that name from that address must wait, twice as long after each failure (up to 15 minutes), even if the
 * password is right. Another address is not held back: nobody can lock an account by failing on purpose;</li>
 * <li>after failures for {@value #FREE_NAMES_PER_ADDRESS} different user names from one address (one password tried
 * across many names), every further attempt from that address must wait the same way, whatever the name.</li>
 * </ul>
 * A success clears the count of its name and address (not the address's count of names). Failures are forgotten an
 * hour after the last one. Kept in memory: a restart forgets, which costs a guesser nothing it could use.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final int FREE_NAMES_PER_ADDRESS = 10;

	private static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	private static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	/** Beyond this many entries, forgotten ones are swept out (a guesser cannot grow the maps without bound). */
	private static final int SWEEP_ABOVE = 100_000;

	private final ConcurrentMap<String, Failures> byAccount = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Spray> byAddress = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** When the next attempt for this user name from this address is allowed, or {@code null} if now. */
	@Nullable Instant blockedUntil(String username, String address) {
		Instant now = this.clock.instant();
		Instant account = until(this.byAccount.get(key(username, address)), FREE_ATTEMPTS, now);
		Spray spray = this.byAddress.get(address);
		Instant sprayed = spray == null ? null : until(spray.failures(), FREE_NAMES_PER_ADDRESS, now);
		if (account == null) {
			return sprayed;
		}
		return sprayed == null || account.isAfter(sprayed) ? account : sprayed;
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.byAccount.compute(key(username, address), (k, f) -> forgotten(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
		String name = normalized(username);
		this.byAddress.compute(address, (k, s) -> {
			if (s == null || forgotten(s.failures(), now)) {
				return new Spray(new HashSet<>(Set.of(name)), new Failures(1, now));
			}
			// Counts distinct names until the free ones are used up, then every failure (to double the delay).
			boolean counts = s.names().size() >= FREE_NAMES_PER_ADDRESS || s.names().add(name);
			return new Spray(s.names(), counts ? new Failures(s.failures().count() + 1, now) : new Failures(s.failures().count(), now));
		});
		if (this.byAccount.size() + this.byAddress.size() > SWEEP_ABOVE) {
			this.byAccount.values().removeIf(f -> forgotten(f, now));
			this.byAddress.values().removeIf(s -> forgotten(s.failures(), now));
		}
	}

	void succeeded(String username, String address) {
		this.byAccount.remove(key(username, address));
	}

	static Duration delay(int count) {
		return delay(count, FREE_ATTEMPTS);
	}

	private static Duration delay(int count, int free) {
		int over = Math.max(0, count - free);
		long seconds = FIRST_DELAY.getSeconds() << Math.min(over, 10);
		return seconds > MAX_DELAY.getSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
	}

	private static @Nullable Instant until(@Nullable Failures f, int free, Instant now) {
		if (f == null || f.count() < free || forgotten(f, now)) {
			return null;
		}
		Instant until = f.last().plus(delay(f.count(), free));
		return until.isAfter(now) ? until : null;
	}

	private static boolean forgotten(@Nullable Failures f, Instant now) {
		return f == null || f.last().plus(FORGET_AFTER).isBefore(now);
	}

	private static String key(String username, String address) {
		return normalized(username) + "\n" + address;
	}

	private static String normalized(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant last) {
	}

	/** The distinct names that failed from one address (up to the free number), and the failures counted. */
	private record Spray(Set<String> names, Failures failures) {
	}

}
