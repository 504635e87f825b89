package org.uniregion.demand;

/** The shape of a contact's phone number: digits with the usual separators, an optional leading plus. */
final class Contacts {

	static final String PHONE = "^\\+?[0-9][0-9 ()\\-]{4,38}$";

	private Contacts() {
	}

}
