package org.uniregion.result;

import java.time.Instant;

/** A research result left the catalog: it is no longer offered. */
public record ResultWithdrawn(long resultId, Visibility from, Instant at) {
}
