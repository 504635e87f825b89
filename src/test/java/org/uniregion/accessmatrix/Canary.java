package org.uniregion.accessmatrix;

import java.util.EnumSet;
import java.util.Set;

import org.uniregion.support.TestUsers;

/**
 * A record planted for the authorization matrix so that a leak is visible wherever it appears: its
 * {@link #name} is unique and recognisable in any answer (JSON, HTML, CSV, XLSX text), and {@link #seenBy}
 * says, independently of the production code, which users must see it in a list of its kind.
 *
 * @param name the text that identifies the record in an answer (a title or a name that starts with
 * {@link #PREFIX})
 * @param seenBy the users who must find it in every list, export and search of its kind that they may use
 */
public record Canary(String name, Set<TestUsers> seenBy) {

	/** What every canary's name starts with; nothing else in the demo or test data does. */
	public static final String PREFIX = "CANARY";

	public Canary {
		if (!name.matches(PREFIX + "-[a-z]+-[A-Za-z0-9_]+")) {
			throw new IllegalArgumentException("A canary's name is " + PREFIX + "-<kind>-<marker>: " + name);
		}
		seenBy = seenBy.isEmpty() ? EnumSet.noneOf(TestUsers.class) : EnumSet.copyOf(seenBy);
	}

	public static Canary of(String name, TestUsers... seenBy) {
		return new Canary(name, seenBy.length == 0 ? Set.of() : Set.of(seenBy));
	}

	public boolean seenBy(TestUsers user) {
		return this.seenBy.contains(user);
	}

}
