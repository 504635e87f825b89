package org.uniregion.lead;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A visitor expressed interest in a published research result; the office has a new lead.
 *
 * @param resultOwnerId the user who owns the result (a researcher), or null for the office's own offers
 */
public record LeadReceived(long leadId, long resultId, @Nullable Long resultOwnerId, Instant receivedAt) {
}
