package org.uniregion.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change captured during a flush, waiting for its place (seq and hashes) in the chain at the end of the
 * transaction.
 */
record PendingEntry(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
		@Nullable String before, @Nullable String after) {

	/** This entry as the successor of an entry with the given hash. */
	AuditEntry chainAfter(long seq, String prevHash) {
		String hash = ChainHash.of(seq, this.occurredAt, this.actor, this.action.name(), this.entityType, this.entityId,
				this.before, this.after, prevHash);
		return new AuditEntry(seq, this.occurredAt, this.actor, this.action.name(), this.entityType, this.entityId,
				this.before, this.after, prevHash, hash);
	}

}
