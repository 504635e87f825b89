package org.uniregion.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The per-address limit of a public form (the demand form, the express-interest form): at most {@code limit}
 * attempts in a fixed window per remote address, counted in memory (a restart forgets them; one node is enough
 * for forms the office reviews anyway). Each form declares its own instance as a bean, so that the forms count
 * apart. The remote address is the connection's: a forwarded-for header is not trusted, as anyone can set it.
 * Every attempt counts, a honeypot hit or an invalid form included.
 */
public class SubmissionLimiter {

	private record Window(Instant start, int count) {
	}

	private final Cache<String, Window> windows = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(2))
		.build();

	private volatile int limit;

	private volatile Duration window;

	private volatile Clock clock;

	/** At most {@code limit} attempts per hour and address. */
	public SubmissionLimiter(int limit) {
		this(limit, Duration.ofHours(1), Clock.systemUTC());
	}

	public SubmissionLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts an attempt from {@code address}; answers whether it is within the limit. */
	public boolean tryAcquire(String address) {
		Instant now = this.clock.instant();
		Window w = this.windows.asMap().compute(address, (k, old) -> old == null || !now.isBefore(old.start().plus(this.window))
				? new Window(now, 1) : new Window(old.start(), old.count() + 1));
		return w.count() <= this.limit;
	}

	/** For tests: other limits (and a fresh count). */
	public void configure(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		reset();
	}

	public int limit() {
		return this.limit;
	}

	public void reset() {
		this.windows.invalidateAll();
	}

}
