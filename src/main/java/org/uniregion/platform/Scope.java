package org.uniregion.platform;

/**
 * What part of a kind of record a caller reaches: all of it, a region and everything below it, one
 * organization's records, its own records, or nothing.
 */
public sealed interface Scope {

	Scope ALL = new All();

	Scope NONE = new None();

	record All() implements Scope {
	}

	record None() implements Scope {
	}

	/** A region and the regions below it, as a GB/T 2260 code prefix ("3202" for Wuxi and its districts). */
	record Region(String codePrefix) implements Scope {
	}

	record Organization(long organizationId) implements Scope {
	}

	record Owner(long userId) implements Scope {
	}

}
