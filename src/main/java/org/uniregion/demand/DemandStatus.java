package org.uniregion.demand;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a demand. A public submission waits in SUBMITTED for moderation; the office approves it
 * (OPEN) or rejects it (CLOSED with a reason). An open demand is MATCHED once the office has found a result for
 * it, and CLOSED when done. SUBMITTED and OPEN demands become EXPIRED by themselves after their deadline.
 */
public enum DemandStatus {

	SUBMITTED, OPEN, MATCHED, CLOSED, EXPIRED;

	/** The statuses a user may move a demand to from this one (EXPIRED is reached only by the passing of time). */
	public Set<DemandStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(OPEN, CLOSED);
			case OPEN -> EnumSet.of(MATCHED, CLOSED);
			case MATCHED -> EnumSet.of(OPEN, CLOSED);
			case CLOSED, EXPIRED -> EnumSet.noneOf(DemandStatus.class);
		};
	}

	public boolean isFinal() {
		return this == CLOSED || this == EXPIRED;
	}

	/** Whether the deadline passing expires a demand in this status. */
	public boolean expiresAfterDeadline() {
		return this == SUBMITTED || this == OPEN;
	}

	public String messageKey() {
		return "demand.status." + name();
	}

}
