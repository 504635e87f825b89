package org.uniregion.result;

import java.time.Instant;

/** A research result entered the public catalog (for matching it against open demands). */
public record ResultPublished(long resultId, String title, Instant at) {
}
