package org.uniregion.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AuditValuesTests {

	enum Status {

		IN_FORCE

	}

	@Test
	void plainValues() {
		assertThat(AuditValues.scalar(null).isNull()).isTrue();
		assertThat(AuditValues.scalar("无锡").asString()).isEqualTo("无锡");
		assertThat(AuditValues.scalar(true).asBoolean()).isTrue();
		assertThat(AuditValues.scalar(42L).isIntegralNumber()).isTrue();
		assertThat(AuditValues.scalar(42L).asLong()).isEqualTo(42L);
		assertThat(AuditValues.scalar(7).asInt()).isEqualTo(7);
		assertThat(AuditValues.scalar(Status.IN_FORCE).asString()).isEqualTo("IN_FORCE");
		UUID u = UUID.randomUUID();
		assertThat(AuditValues.scalar(u).asString()).isEqualTo(u.toString());
	}

	@Test
	void bigDecimalsAreStringsSoThatNothingRoundsThem() {
		JsonNode n = AuditValues.scalar(new BigDecimal("12345678901234567890.10"));
		assertThat(n.isString()).isTrue();
		assertThat(n.asString()).isEqualTo("12345678901234567890.10");
		assertThat(AuditValues.scalar(new BigDecimal("1E+3")).asString()).isEqualTo("1000");
	}

	@Test
	void datesAndTimesAreIso8601() {
		assertThat(AuditValues.scalar(LocalDate.of(2026, 11, 24)).asString()).isEqualTo("2026-11-24");
		assertThat(AuditValues.scalar(Instant.parse("2026-11-24T08:00:00.5Z")).asString()).isEqualTo("2026-11-24T08:00:00.500Z");
		assertThat(AuditValues.scalar(LocalDateTime.of(2026, 11, 24, 8, 0, 1)).asString()).isEqualTo("2026-11-24T08:00:01");
		assertThat(AuditValues.scalar(OffsetDateTime.parse("2026-11-24T08:00:00+08:00")).asString())
			.isEqualTo("2026-11-24T08:00+08:00");
		assertThat(AuditValues.scalar(java.sql.Date.valueOf("2026-11-24")).asString()).isEqualTo("2026-11-24");
	}

	@Test
	void bytesAreSizeAndDigestNeverContent() {
		byte[] content = "secret document".getBytes(StandardCharsets.UTF_8);
		JsonNode n = AuditValues.scalar(content);
		assertThat(n.get("size").asInt()).isEqualTo(content.length);
		assertThat(n.get("sha256").asString()).isEqualTo(ChainHash.sha256(content));
		assertThat(n.toString()).doesNotContain("secret").doesNotContain("c2VjcmV0");
	}

	@Test
	void redactedValuesShowOnlyWhetherTheyAreSet() {
		assertThat(AuditValues.redacted("argon2$...").asString()).isEqualTo("[redacted]");
		assertThat(AuditValues.redacted(null).isNull()).isTrue();
	}

	@Test
	void severalValuesAreAnArraySoThatTheirElementsStayApart() {
		// An array column (text[]) used to be written by its toString(): both of these read "[a, b]".
		assertThat(AuditValues.scalar(java.util.List.of("a, b"))).isNotEqualTo(AuditValues.scalar(java.util.List.of("a", "b")));
		assertThat(AuditValues.scalar(java.util.List.of("b", "a")).toString()).as("a list keeps its order")
			.isEqualTo("[\"b\",\"a\"]");
		assertThat(AuditValues.scalar(new java.util.HashSet<>(java.util.List.of("b", "a"))).toString())
			.as("a set in a stable order").isEqualTo("[\"a\",\"b\"]");
		assertThat(AuditValues.scalar(new Status[] { Status.IN_FORCE }).toString()).isEqualTo("[\"IN_FORCE\"]");
	}

}
