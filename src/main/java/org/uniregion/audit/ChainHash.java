package org.uniregion.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit entry: SHA-256 (hex) over a canonical serialization of its content and the previous
 * entry's hash. Every field is written as its length in UTF-8 bytes, a colon and the bytes, so that no
 * choice of values can make two different entries serialize alike (no separator can be forged inside a
 * value); {@code null} is written as a lone {@code -}, which no length-prefixed value can equal. The time is
 * fixed to microseconds in UTC, the precision PostgreSQL stores.
 */
final class ChainHash {

	/** The {@code prev_hash} of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "uniregion-audit-v1";

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHash() {
	}

	static String of(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
			@Nullable String before, @Nullable String after, String prevHash) {
		return sha256(canonical(seq, occurredAt, actor, action, entityType, entityId, before, after, prevHash));
	}

	static String canonical(long seq, Instant occurredAt, String actor, String action, String entityType,
			String entityId, @Nullable String before, @Nullable String after, String prevHash) {
		StringBuilder b = new StringBuilder(256);
		field(b, VERSION);
		field(b, Long.toString(seq));
		field(b, MICROS.format(occurredAt.truncatedTo(ChronoUnit.MICROS)));
		field(b, actor);
		field(b, action);
		field(b, entityType);
		field(b, entityId);
		field(b, before);
		field(b, after);
		field(b, prevHash);
		return b.toString();
	}

	private static void field(StringBuilder b, @Nullable String value) {
		if (value == null) {
			b.append('-');
		}
		else {
			b.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
		b.append('\n');
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
