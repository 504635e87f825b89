package org.uniregion.demand;

/** Who posted a demand; decided by the caller, never chosen by the user. */
public enum DemandSource {

	ENTERPRISE, REGION_PARTNER, STAFF, PUBLIC;

	public String messageKey() {
		return "demand.source." + name();
	}

}
