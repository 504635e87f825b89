package org.uniregion.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * The changes of one transaction of one session, written to the chain just before the transaction
 * commits (after Hibernate's last flush), on the session's own connection. A rolled-back transaction
 * never reaches {@link #doBeforeTransactionCompletion}; its changes are dropped after completion.
 */
final class TransactionChanges implements TransactionCompletionCallbacks.BeforeCompletionCallback,
		TransactionCompletionCallbacks.AfterCompletionCallback {

	private final Map<SharedSessionContractImplementor, TransactionChanges> open;

	private final List<Change> changes = new ArrayList<>();

	/** Entities created in this transaction ("type#id"): their collections are part of the creation. */
	private final Set<String> created = new HashSet<>();

	/** Collections ("type#id.property") replaced in this transaction whose new contents are already recorded. */
	private final Set<String> replaced = new HashSet<>();

	TransactionChanges(Map<SharedSessionContractImplementor, TransactionChanges> open) {
		this.open = open;
	}

	void add(Change change) {
		this.changes.add(change);
		if (change.action == AuditAction.CREATE) {
			this.created.add(change.entityType + "#" + change.entityId);
		}
	}

	boolean wasCreated(String type, String id) {
		return this.created.contains(type + "#" + id);
	}

	/** Marks a collection whose replacement is recorded, so that its re-creation is not recorded again. */
	boolean markReplaced(String key) {
		return this.replaced.add(key);
	}

	/** Whether the collection's replacement is already recorded (and clears the mark). */
	boolean takeReplaced(String key) {
		return this.replaced.remove(key);
	}

	/**
	 * Adds a collection's change to the latest update entry of its owner, unless that entry already holds
	 * the property; then it becomes an entry of its own.
	 */
	void addPropertyChange(Change change, String property) {
		for (int i = this.changes.size() - 1; i >= 0; i--) {
			Change c = this.changes.get(i);
			if (c.isUpdateOf(change.entityType, change.entityId)) {
				if (!c.mentions(property) && c.before != null && c.after != null && change.before != null
						&& change.after != null) {
					c.before.set(property, change.before.get(property));
					c.after.set(property, change.after.get(property));
					return;
				}
				break;
			}
		}
		add(change);
	}

	List<PendingEntry> pending() {
		return this.changes.stream().map(Change::toPending).toList();
	}

	@Override
	public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
		// Only the collector still registered for the session writes: a stale one (left from a
		// rolled-back transaction whose callbacks were not cleared) must not.
		if (this.open.remove(session, this)) {
			AuditEventListener.write(session, pending());
		}
	}

	@Override
	public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
		this.open.remove(session, this);
	}

}
