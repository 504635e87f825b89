package org.uniregion.partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A framework agreement as the API and the pages show it.
 *
 * @param regionCode the region the agreement belongs to (the counterpart region, or the organization's region);
 * this is what region partners are scoped by
 * @param counterpartRegionCode the region that is the counterpart, when the agreement is with a region
 * @param organizationId the organization that is the counterpart, when there is one
 * @param nextStatuses the states the agreement may move to from its current one
 */
public record AgreementView(long id, String title, String regionCode, String regionName,
		@Nullable String counterpartRegionCode, @Nullable Long organizationId, @Nullable String organizationName,
		@Nullable LocalDate signingDate, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
		Set<CollaborationArea> areas, @Nullable String resources, @Nullable BigDecimal resourcesAmount,
		@Nullable String notes, AgreementStatus status, @Nullable String statusReason, @Nullable Instant statusChangedAt,
		@Nullable Long predecessorId, @Nullable Long successorId, boolean demo, long version,
		List<AgreementStatus> nextStatuses) {
}
