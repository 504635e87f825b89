package org.uniregion.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the office stands with a lead: new, contacted, then qualified (worth a transfer talk) or closed. A new
 * lead may be closed at once (spam, a mistake); a qualified lead is closed when the talk ends; closed is final.
 */
public enum LeadStatus {

	NEW, CONTACTED, QUALIFIED, CLOSED;

	public Set<LeadStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(CONTACTED, CLOSED);
			case CONTACTED -> EnumSet.of(QUALIFIED, CLOSED);
			case QUALIFIED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(LeadStatus.class);
		};
	}

	public boolean canMoveTo(LeadStatus to) {
		return next().contains(to);
	}

	public String messageKey() {
		return "lead.status." + name();
	}

}
