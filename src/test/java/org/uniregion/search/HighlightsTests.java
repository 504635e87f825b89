package org.uniregion.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of the highlights: whatever text was stored and wherever the highlighter marked it, the HTML holds
 * no tag but balanced, non-empty {@code <mark>}s, and shows exactly the stored text.
 */
class HighlightsTests {

	private static final String[] PIECES = { "<", ">", "&", "\"", "'", "/", "=", "<img src=x onerror=alert(1)>",
			"<script>", "</script>", "<mark>", "</mark>", "&lt;", "&amp;", "<!--", "-->", "<![CDATA[", "]]>", "a", "锂",
			"电池", " ", "\n", "javascript:", "\u0000", "\uD83D\uDE00", Highlights.OPEN, Highlights.CLOSE };

	/** 2,000 texts made of HTML pieces, text and the highlighter's marks, in any order (seeded: reproducible). */
	static List<String> generated() {
		Random random = new Random(7);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			StringBuilder b = new StringBuilder();
			int n = random.nextInt(20);
			for (int j = 0; j < n; j++) {
				if (random.nextInt(4) == 0) {
					b.append((char) random.nextInt(0x3000));
				}
				else {
					b.append(PIECES[random.nextInt(PIECES.length)]);
				}
			}
			texts.add(b.toString());
		}
		return texts;
	}

	@ParameterizedTest
	@MethodSource("generated")
	void onlyMarksAreMarkup(String highlighted) {
		String html = Highlights.html(highlighted);
		SearchSafetyIntegrationTests.assertOnlyMarks(html);
		assertThat(html).doesNotContain("<mark></mark>");
		String unmarked = html.replace("<mark>", "").replace("</mark>", "");
		// Unescaped again, the HTML is the stored text (without the marks).
		String text = unmarked.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
		assertThat(text).isEqualTo(highlighted.replace(Highlights.OPEN, "").replace(Highlights.CLOSE, ""));
	}

	@Test
	void adjacentMarksAreOneMark() {
		String o = Highlights.OPEN;
		String c = Highlights.CLOSE;
		assertThat(Highlights.html(o + "锂" + c + o + "电池" + c + "的容量")).isEqualTo("<mark>锂电池</mark>的容量");
		assertThat(Highlights.html(o + "attitude" + c + " " + o + "control" + c))
			.isEqualTo("<mark>attitude</mark> <mark>control</mark>");
		assertThat(Highlights.html("<b>" + o + "x" + c + "</b>")).isEqualTo("&lt;b&gt;<mark>x</mark>&lt;/b&gt;");
		assertThat(Highlights.html(o + c + "a" + o)).isEqualTo("a");
	}

}
