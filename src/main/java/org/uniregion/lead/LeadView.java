package org.uniregion.lead;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A lead as the caller may see it.
 *
 * @param resultTitle the title of the result when the interest was expressed
 * @param nextStatuses the statuses the lifecycle allows from here
 * @param suspectedSpam sent with the honeypot filled: kept for the office to judge
 */
public record LeadView(long id, long resultId, String resultTitle, @Nullable Long resultOwnerId, String name,
		String organization, String email, @Nullable String phone, String message, LeadStatus status,
		Set<LeadStatus> nextStatuses, Instant createdAt, Instant updatedAt, @Nullable Instant statusChangedAt,
		long version, boolean suspectedSpam) {
}
