package org.uniregion.partner;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of an agreement's status history. */
public record StatusChangeView(@Nullable AgreementStatus from, AgreementStatus to, @Nullable String reason,
		Instant changedAt, String changedBy) {
}
