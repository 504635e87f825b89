package org.uniregion.search;

/**
 * Turns the highlighter's output into safe HTML. The highlighter only marks matches, with two private-use
 * characters, and escapes nothing (its HTML encoder is not applied where nothing matched: the text of a search
 * without words, or of a field the words do not reach, came back raw). Here everything is escaped, whatever
 * path produced it, and only the marks become markup: {@code <mark>} and {@code </mark>}, balanced, never
 * empty, and adjacent marks (the words of one Chinese term, 锂 + 电池) joined into one.
 */
public final class Highlights {

	/** Opens a match in the highlighter's output (Unicode private use: never meaningful in catalog text). */
	public static final String OPEN = "\uE000";

	/** Closes a match in the highlighter's output. */
	public static final String CLOSE = "\uE001";

	static final String MARK_OPEN = "<mark>";

	static final String MARK_CLOSE = "</mark>";

	private Highlights() {
	}

	/** The highlighted text as HTML: everything escaped, matches in {@code <mark>}. */
	public static String html(String highlighted) {
		StringBuilder out = new StringBuilder(highlighted.length() + 32);
		boolean open = false;
		// A mark opened but not yet written: written before the first character it covers (never empty).
		boolean pending = false;
		for (int i = 0; i < highlighted.length(); i++) {
			char c = highlighted.charAt(i);
			if (c == OPEN.charAt(0)) {
				if (!open) {
					pending = true;
				}
				continue;
			}
			if (c == CLOSE.charAt(0)) {
				if (pending) {
					pending = false;
				}
				else if (open) {
					// A mark that closes where the next opens is the same mark: keep it open.
					int next = i + 1;
					if (next < highlighted.length() && highlighted.charAt(next) == OPEN.charAt(0)) {
						i = next;
						continue;
					}
					out.append(MARK_CLOSE);
					open = false;
				}
				continue;
			}
			if (pending) {
				out.append(MARK_OPEN);
				open = true;
				pending = false;
			}
			escape(c, out);
		}
		if (open) {
			out.append(MARK_CLOSE);
		}
		return out.toString();
	}

	private static void escape(char c, StringBuilder out) {
		switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
		}
	}

}
