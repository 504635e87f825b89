package org.uniregion.accessmatrix;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of a whole answer (all its pages joined) against the canaries planted for it.
 */
public final class Canaries {

	private static final Pattern ANY = Pattern.compile(Pattern.quote(Canary.PREFIX) + "[A-Za-z0-9_-]*");

	private Canaries() {
	}

	/**
	 * The answer shows every canary of {@code planted} that {@code user} must see, and no canary of the same
	 * kinds that it must not see (nor one of those kinds unknown to {@code planted}). Canaries of other kinds
	 * may appear (a demand's list names its organization). Names are {@code CANARY-<kind>-<marker>}, made of
	 * letters, digits, {@code -} and {@code _} only, so that they survive JSON, HTML and CSV unchanged; no name
	 * is a prefix of another.
	 */
	public static void assertSeesExactly(TestUsers user, String answer, Collection<Canary> planted) {
		Set<String> expected = new TreeSet<>();
		Set<String> unexpected = new TreeSet<>();
		Set<String> kinds = new TreeSet<>();
		for (Canary c : planted) {
			(c.seenBy(user) ? expected : unexpected).add(c.name());
			kinds.add(kind(c.name()));
		}
		Set<String> found = new TreeSet<>();
		found(answer).stream().filter(n -> kinds.contains(kind(n))).forEach(found::add);
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(found);
		Set<String> leaked = new TreeSet<>(found);
		leaked.removeAll(expected);
		assertThat(leaked).as("canaries outside the scope of " + user + " (planted and unexpected: " + unexpected + ")")
			.isEmpty();
		assertThat(missing).as("canaries in the scope of " + user + " that the answer does not show").isEmpty();
	}

	/** The kind of a canary: {@code result} of {@code CANARY-result-own_draft}. */
	static String kind(String name) {
		String[] parts = name.split("-", 3);
		return parts.length < 2 ? "" : parts[1];
	}

	/** Every canary name in {@code answer}. */
	public static Set<String> found(String answer) {
		Set<String> found = new TreeSet<>();
		Matcher m = ANY.matcher(answer);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

}
