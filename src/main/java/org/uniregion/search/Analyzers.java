package org.uniregion.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The analysis of catalog text, in Chinese and English alike. SmartCN's hidden-Markov-model tokenizer segments
 * Chinese into words (the standard analyzer would split it into single characters), folds full-width forms and
 * case, and stems English words with Porter's algorithm; its stop set (punctuation) is joined by the English
 * stop words and a few Chinese function words, so that "of", "the" or 的 do not count for relevance.
 */
public final class Analyzers {

	/** The name of the bilingual analyzer in the index mapping. */
	public static final String TEXT = "uniregion_text";

	/** A normalizer for sorting and exact keys: lower case, nothing else. */
	public static final String SORT = "uniregion_sort";

	/** Chinese function words that say nothing about a topic (SmartCN's own stop set is only punctuation). */
	static final List<String> CHINESE_FUNCTION_WORDS = List.of("的", "了", "和", "与", "及", "是", "在", "对", "为", "以",
			"于", "之", "其", "并", "或", "而", "等", "由", "将", "被", "从", "中", "上", "这", "该", "一种");

	private Analyzers() {
	}

	/** A new instance of the bilingual analyzer (the same that the index uses), e.g. for raw Lucene queries. */
	public static Analyzer bilingual() {
		List<Object> words = new ArrayList<>();
		SmartChineseAnalyzer.getDefaultStopSet().forEach(words::add);
		EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(words::add);
		words.addAll(CHINESE_FUNCTION_WORDS);
		CharArraySet stop = new CharArraySet(words.size(), false);
		for (Object w : words) {
			stop.add(w instanceof char[] chars ? new String(chars) : w.toString());
		}
		return new SmartChineseAnalyzer(CharArraySet.unmodifiableSet(stop));
	}

}
