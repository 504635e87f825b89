package org.uniregion.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.uniregion.shared.BusinessRuleException;

/**
 * What to look for in the trail; every part is optional. {@code from} is inclusive, {@code to} exclusive.
 */
record AuditFilter(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
		@Nullable AuditAction action, @Nullable Instant from, @Nullable Instant to) {

	/**
	 * The filter from request parameters: {@code from} and {@code to} are dates (a whole day in the server's
	 * time zone, {@code to} included) or instants ({@code 2026-11-24T08:00:00Z}).
	 */
	static AuditFilter parse(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
			@Nullable String action, @Nullable String from, @Nullable String to) {
		return new AuditFilter(blankToNull(entityType), blankToNull(entityId), blankToNull(actor), action(action),
				time("from", from, false), time("to", to, true));
	}

	private static @Nullable AuditAction action(@Nullable String action) {
		if (!StringUtils.hasText(action)) {
			return null;
		}
		try {
			return AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("action", "audit.filter.action.invalid", action);
		}
	}

	private static @Nullable Instant time(String field, @Nullable String text, boolean endOfDay) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		String t = text.trim();
		try {
			if (t.length() == 10) {
				LocalDate day = LocalDate.parse(t);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneId.systemDefault()).toInstant();
			}
			return Instant.parse(t);
		}
		catch (DateTimeParseException ex) {
			throw BusinessRuleException.onField(field, "audit.filter.time.invalid", text);
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return StringUtils.hasText(s) ? s.trim() : null;
	}

}
