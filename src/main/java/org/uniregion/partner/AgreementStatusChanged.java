package org.uniregion.partner;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An agreement moved from one status to another (by a user, or automatically by the reminder job).
 *
 * @param from {@code null} when the agreement was just created
 */
public record AgreementStatusChanged(long agreementId, @Nullable AgreementStatus from, AgreementStatus to,
		@Nullable String reason, String regionCode, @Nullable Long organizationId, Instant at) {
}
