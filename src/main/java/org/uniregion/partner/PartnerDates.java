package org.uniregion.partner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.jspecify.annotations.Nullable;

/**
 * Dates of agreements: ISO dates, strictly parsed (no February 30), within a sane range, and “today” in the
 * office's time zone.
 */
final class PartnerDates {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** A signing date may be planned, but not further ahead than this. */
	static final int MAX_SIGNING_DAYS_AHEAD = 366;

	private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private PartnerDates() {
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** The date, or {@code null} when blank; throws {@link DateTimeParseException} on anything else. */
	static @Nullable LocalDate parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return LocalDate.parse(text.trim(), STRICT);
	}

	static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

}
