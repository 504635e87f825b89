package org.uniregion.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A demand as the caller may see it, with the names of its region and industry in the request's language.
 *
 * @param suspectedSpam a public submission that filled the honeypot, waiting for moderation like any other
 */
public record DemandView(long id, String title, String text, @Nullable String industryCode, @Nullable String industryName,
		String regionCode, String regionName, @Nullable BigDecimal budget, @Nullable LocalDate deadline, String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, DemandSource source, @Nullable Long organizationId,
		@Nullable Long ownerId, DemandStatus status, @Nullable String statusReason, @Nullable Instant statusChangedAt,
		boolean demo, Instant createdAt, long version, List<DemandStatus> nextStatuses, boolean suspectedSpam) {
}
