package org.uniregion.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzersTests {

	@Test
	void segmentsChineseIntoWordsNotSingleCharacters() throws IOException {
		List<String> tokens = tokens("锂离子电池正极材料的包覆工艺");
		assertThat(tokens).contains("电池", "材料", "工艺");
		assertThat(tokens).doesNotContain("的");
	}

	@Test
	void stemsEnglishAndDropsItsStopWords() throws IOException {
		assertThat(tokens("The Batteries of the Robots")).containsExactly("batteri", "robot");
		assertThat(tokens("battery")).isEqualTo(tokens("batteries"));
	}

	@Test
	void foldsFullWidthLettersAndCase() throws IOException {
		assertThat(tokens("ＬＥＤ")).containsExactly("led").isEqualTo(tokens("led"));
	}

	@Test
	void dropsPunctuationOfBothLanguages() throws IOException {
		List<String> tokens = tokens("机器人，路径规划。robot, path!");
		assertThat(tokens).contains("机器人", "robot", "path").noneMatch(t -> t.matches("\\p{Punct}+|[，。]"));
	}

	@Test
	void mapsIndustryCodesToTheirDivision() {
		assertThat(IndustryDivisions.of("6513")).isEqualTo("65");
		assertThat(IndustryDivisions.of("651")).isEqualTo("65");
		assertThat(IndustryDivisions.of("65")).isEqualTo("65");
		assertThat(IndustryDivisions.of("C")).isEqualTo("C");
		assertThat(IndustryDivisions.of(List.of("3841", "3849", "I"))).containsExactly("38", "I");
	}

	private static List<String> tokens(String text) throws IOException {
		List<String> out = new ArrayList<>();
		try (Analyzer analyzer = Analyzers.bilingual(); TokenStream ts = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(term.toString());
			}
			ts.end();
		}
		return out;
	}

}
