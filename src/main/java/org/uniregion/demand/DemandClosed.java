package org.uniregion.demand;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A demand is no longer to be matched: closed by a user (a rejected public submission included) or expired
 * after its deadline ({@code status} says which).
 */
public record DemandClosed(long demandId, DemandStatus from, DemandStatus status, @Nullable String reason, Instant at) {
}
