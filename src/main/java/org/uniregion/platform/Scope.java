package org.uniregion.platform;

/**
 * What part of a kind of record a caller reaches: all of it, a region and everything below it, one
 * organization's records, its own records, records of a visibility, a union of these, or nothing.
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

	/** Records whose visibility is one of {@code levels} (e.g. "PUBLISHED" for the public catalog). */
	record Visible(java.util.Set<String> levels) implements Scope {
	}

	/** Records in any of the scopes (e.g. a researcher's own results and the published ones). */
	record AnyOf(java.util.List<Scope> scopes) implements Scope {
	}

	/** The union of scopes, without the ones that add nothing. */
	static Scope anyOf(Scope... scopes) {
		java.util.List<Scope> useful = java.util.Arrays.stream(scopes).filter(s -> !(s instanceof None)).toList();
		if (useful.isEmpty()) {
			return NONE;
		}
		if (useful.stream().anyMatch(s -> s instanceof All)) {
			return ALL;
		}
		return useful.size() == 1 ? useful.get(0) : new AnyOf(useful);
	}

}
