package org.uniregion.partner;

/**
 * The kinds of partner organization. Labels are in the message bundle as {@code organization.type.<NAME>}.
 */
public enum OrganizationType {

	GOVERNMENT_BODY, ENTERPRISE, UNIVERSITY_INSTITUTE, INDUSTRIAL_PARK, INVESTOR, HOSPITAL, OTHER;

	public String messageKey() {
		return "organization.type." + name();
	}

}
