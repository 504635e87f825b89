package org.uniregion.platform;

/**
 * The access policy's single-record decision for a given scope, for tests of the other renderings of a scope
 * (the index predicate, the lists): they must admit exactly the records this admits.
 */
public final class PolicyDecisions {

	private PolicyDecisions() {
	}

	public static boolean contains(Scope scope, ScopedRecord record) {
		return AccessPolicy.contains(scope, record);
	}

}
