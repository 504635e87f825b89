package org.uniregion.demand;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A demand became open for matching: created open, approved by moderation, or reopened. */
public record DemandOpened(long demandId, String regionCode, @Nullable String industryCode, Instant at) {
}
