package org.uniregion.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a text are not in the page's language: Latin words on a Chinese page, Chinese on an English one,
 * but for short lists of words that belong in both. Shared by the message-bundle test and the browser journeys, so
 * that a label and the page showing it are judged alike.
 */
public final class PageLanguage {

	/**
	 * Latin words a Chinese text may hold: names of the product, of standards, file formats and units, which Chinese
	 * writes in Latin letters too. Words with digits (G06F, GB18030, UTF-8's "8") are codes and need no list.
	 */
	public static final Set<String> LATIN_IN_CHINESE = Set.of("UniRegion", "API", "CSV", "XLSX", "PDF", "PNG", "JPEG",
			"DOCX", "UTF", "GBK", "BOM", "IPC", "TRL", "GB", "MB", "KB", "SHA",
			// the sources of the demo data and their licence, credited by their own names
			"NASA", "CSL", "areacodes", "Apache",
			// what a script sends verbatim: the API's style and the HTTP header with its scheme
			"REST", "HTTP", "JSON", "Authorization", "Bearer");

	/**
	 * Examples of typed input in the hints of fields that take either language ("e.g. 无锡 or Wuxi"): an example of
	 * Chinese input is Chinese on an English page, and the reverse. Allowed in hints only.
	 */
	public static final Set<String> TYPED_EXAMPLES = Set.of("无锡", "电子", "软件", "锂电池", "Wuxi", "battery");

	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])");

	private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}+");

	/**
	 * E-mail addresses, URLs (also without a scheme, "github.com/ydli-ai/CSL") and paths are written in Latin letters
	 * in any language; and a message's placeholders ({0}) are no words.
	 */
	private static final Pattern ADDRESS = Pattern.compile(
			"[\\w.+-]+@[\\w.-]+|https?://[\\w./?=&%#:-]*|(?:[\\w-]+\\.)+[a-z]{2,}/[\\w./-]*|(?<![\\w)])/[\\w./{}?=&-]*|\\{\\d[^}]*}");

	/**
	 * An abbreviation glossed by the Chinese just before it, in full-width parentheses, as Chinese writes the
	 * standard abbreviations ("计算机集成制造（CIM）", in the official IPC titles): it is the Chinese text's, not an
	 * untranslated word.
	 */
	private static final Pattern GLOSSED_ABBREVIATION = Pattern.compile("(?<=\\p{IsHan}\\s?)（[A-Z][A-Z0-9]{1,7}）");

	private PageLanguage() {
	}

	/**
	 * The words of {@code text} that are not in the language {@code lang} ("en" or a Chinese tag such as "zh-CN"),
	 * leaving out addresses, placeholders ({0}) and the words of the lists ({@link #TYPED_EXAMPLES} in a hint only).
	 */
	public static List<String> foreignWords(String lang, String text, boolean hint) {
		boolean english = lang.equals("en");
		String words0 = ADDRESS.matcher(text).replaceAll(" ");
		if (!english) {
			words0 = GLOSSED_ABBREVIATION.matcher(words0).replaceAll(" ");
		}
		Matcher m = (english ? HAN_WORD : LATIN_WORD).matcher(words0);
		List<String> words = new ArrayList<>();
		while (m.find()) {
			String w = m.group();
			if (!(hint && TYPED_EXAMPLES.contains(w)) && (english || !LATIN_IN_CHINESE.contains(w))) {
				words.add(w);
			}
		}
		return words;
	}

	/** Whether the text holds a Chinese character. */
	public static boolean hasHan(String text) {
		return HAN_WORD.matcher(text).find();
	}

}
