package org.uniregion.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change being collected during the transaction; becomes a {@link PendingEntry} when the transaction
 * completes. An update's before and after hold only the properties that changed, so that a collection's
 * change found later in the same flush can join its owner's entry.
 */
final class Change {

	private static final JsonMapper json = JsonMapper.builder().build();

	final Instant occurredAt;

	final String actor;

	final AuditAction action;

	final String entityType;

	final String entityId;

	final @Nullable ObjectNode before;

	final @Nullable ObjectNode after;

	Change(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
			@Nullable ObjectNode before, @Nullable ObjectNode after) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.before = before;
		this.after = after;
	}

	boolean isUpdateOf(String type, String id) {
		return this.action == AuditAction.UPDATE && this.entityType.equals(type) && this.entityId.equals(id);
	}

	boolean mentions(String property) {
		return (this.before != null && this.before.has(property)) || (this.after != null && this.after.has(property));
	}

	PendingEntry toPending() {
		return new PendingEntry(this.occurredAt, this.actor, this.action, this.entityType, this.entityId,
				this.before == null ? null : json.writeValueAsString(this.before),
				this.after == null ? null : json.writeValueAsString(this.after));
	}

}
