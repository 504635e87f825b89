package org.uniregion.support;

import java.util.concurrent.ThreadLocalRandom;

/** Words for search tests. */
public final class Words {

	private Words() {
	}

	/**
	 * A word of letters only that no other record holds: the analyzer splits letters from digits, so a word with
	 * digits in it would match other records through its parts.
	 */
	public static String unique() {
		StringBuilder b = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return b.toString();
	}

}
