package org.uniregion.partner;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a framework agreement: DRAFT → SIGNED → IN_FORCE → EXPIRING → EXPIRED, or RENEWED, or
 * TERMINATED from any state that is not final. Which moves are possible is decided here; whether a move is
 * allowed right now (dates, reason) is decided by the agreement itself. Labels: {@code agreement.status.<NAME>}.
 */
public enum AgreementStatus {

	DRAFT, SIGNED, IN_FORCE, EXPIRING, EXPIRED, RENEWED, TERMINATED;

	/** The states this one may move to, in the order buttons should appear. */
	public Set<AgreementStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SIGNED, TERMINATED);
			case SIGNED -> EnumSet.of(IN_FORCE, TERMINATED);
			case IN_FORCE -> EnumSet.of(EXPIRING, EXPIRED, RENEWED, TERMINATED);
			case EXPIRING -> EnumSet.of(EXPIRED, RENEWED, TERMINATED);
			case EXPIRED, RENEWED, TERMINATED -> EnumSet.noneOf(AgreementStatus.class);
		};
	}

	public boolean canMoveTo(AgreementStatus to) {
		return next().contains(to);
	}

	public boolean isFinal() {
		return next().isEmpty();
	}

	/** In force, whether or not its end is near. */
	public boolean isActive() {
		return this == IN_FORCE || this == EXPIRING;
	}

	public String messageKey() {
		return "agreement.status." + name();
	}

}
