package org.uniregion.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTests {

	private static final Instant T = Instant.parse("2026-11-24T08:15:30.123456Z");

	private static String hash(long seq, Instant at, String actor, String action, String type, String id, String before,
			String after, String prev) {
		return ChainHash.of(seq, at, actor, action, type, id, before, after, prev);
	}

	@Test
	void isTheSha256HexOfTheCanonicalForm() {
		String h = hash(1, T, "staff", "CREATE", "user", "7", null, "{\"a\":1}", ChainHash.GENESIS);
		assertThat(h).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(h).isEqualTo(hash(1, T, "staff", "CREATE", "user", "7", null, "{\"a\":1}", ChainHash.GENESIS));
		assertThat(h).isEqualTo(ChainHash.sha256(
				ChainHash.canonical(1, T, "staff", "CREATE", "user", "7", null, "{\"a\":1}", ChainHash.GENESIS)));
	}

	@Test
	void everyFieldCounts() {
		String base = hash(1, T, "staff", "UPDATE", "user", "7", "{}", "{}", ChainHash.GENESIS);
		assertThat(hash(2, T, "staff", "UPDATE", "user", "7", "{}", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T.plusNanos(1000), "staff", "UPDATE", "user", "7", "{}", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "admin", "UPDATE", "user", "7", "{}", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "staff", "DELETE", "user", "7", "{}", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "staff", "UPDATE", "agreement", "7", "{}", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "staff", "UPDATE", "user", "8", "{}", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "staff", "UPDATE", "user", "7", "{ }", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "staff", "UPDATE", "user", "7", "{}", "{ }", ChainHash.GENESIS)).isNotEqualTo(base);
		assertThat(hash(1, T, "staff", "UPDATE", "user", "7", "{}", "{}", "1".repeat(64))).isNotEqualTo(base);
	}

	@Test
	void timeCountsToTheMicrosecondAsPostgresqlStoresIt() {
		Instant withNanos = T.plusNanos(789);
		assertThat(hash(1, withNanos, "a", "CREATE", "t", "1", null, "{}", ChainHash.GENESIS))
			.isEqualTo(hash(1, T, "a", "CREATE", "t", "1", null, "{}", ChainHash.GENESIS));
		assertThat(ChainHash.canonical(1, T, "a", "CREATE", "t", "1", null, "{}", ChainHash.GENESIS))
			.contains("2026-11-24T08:15:30.123456Z");
		assertThat(ChainHash.canonical(1, Instant.parse("2026-11-24T08:15:30Z"), "a", "CREATE", "t", "1", null, "{}",
				ChainHash.GENESIS)).contains("2026-11-24T08:15:30.000000Z");
	}

	@Test
	void fieldBoundariesCannotBeShifted() {
		// Moving text from one field to the next must change the hash, whatever separators the text holds.
		assertThat(hash(1, T, "ab", "CREATE", "c", "1", null, "{}", ChainHash.GENESIS))
			.isNotEqualTo(hash(1, T, "a", "CREATE", "bc", "1", null, "{}", ChainHash.GENESIS));
		assertThat(hash(1, T, "a\n1:b", "CREATE", "c", "1", null, "{}", ChainHash.GENESIS))
			.isNotEqualTo(hash(1, T, "a", "CREATE", "b\n1:c", "1", null, "{}", ChainHash.GENESIS));
		assertThat(hash(1, T, "staff", "UPDATE", "t", "1", "{}", "{\"x\":1}", ChainHash.GENESIS))
			.isNotEqualTo(hash(1, T, "staff", "UPDATE", "t", "1", "{}{\"x\":1}", "", ChainHash.GENESIS));
	}

	@Test
	void nullDiffersFromEveryString() {
		String nothing = hash(1, T, "a", "CREATE", "t", "1", null, "{}", ChainHash.GENESIS);
		assertThat(hash(1, T, "a", "CREATE", "t", "1", "", "{}", ChainHash.GENESIS)).isNotEqualTo(nothing);
		assertThat(hash(1, T, "a", "CREATE", "t", "1", "-", "{}", ChainHash.GENESIS)).isNotEqualTo(nothing);
		assertThat(hash(1, T, "a", "CREATE", "t", "1", "null", "{}", ChainHash.GENESIS)).isNotEqualTo(nothing);
	}

	@Test
	void lengthsCountUtf8Bytes() {
		assertThat(ChainHash.canonical(1, T, "审计员", "CREATE", "t", "1", null, "{}", ChainHash.GENESIS)).contains("9:审计员");
	}

}
