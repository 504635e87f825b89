package org.uniregion.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stored entry of the trail, exactly as it is in {@code audit_entry}.
 *
 * @param before the changed properties before the change as a JSON object ({@code null} for a creation)
 * @param after the changed properties after the change as a JSON object ({@code null} for a deletion)
 */
record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
		@Nullable String before, @Nullable String after, String prevHash, String hash) {

	/** Whether the stored hash is the hash of the stored content. */
	boolean hashMatches() {
		return ChainHash.of(this.seq, this.occurredAt, this.actor, this.action, this.entityType, this.entityId,
				this.before, this.after, this.prevHash).equals(this.hash);
	}

}
