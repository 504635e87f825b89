package org.uniregion.classification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask about classification codes: whether a code is real, and its title and place.
 * Codes are normalized before lookup (IPC: upper case, blanks removed, so "a01b 13/02" is "A01B13/02").
 */
public interface ClassificationApi {

	/** The GB/T 4754-2017 industry with this code (section letter "C", division "26", group "261", class "2614"). */
	Optional<IndustryView> industry(String code);

	/** The IPC entry with this code (section "G", class "G06", subclass "G06F", group "G06F16/00", "G06F16/35"). */
	Optional<IpcView> ipc(String code);

	default boolean isIndustry(String code) {
		return industry(code).isPresent();
	}

	default boolean isIpc(String code) {
		return ipc(code).isPresent();
	}

	/** The industries with these codes (unknown codes left out), for labelling lists without N queries. */
	Map<String, IndustryView> industries(Collection<String> codes);

	/** The IPC entries with these codes (unknown codes left out). */
	Map<String, IpcView> ipcs(Collection<String> codes);

	/**
	 * The titles of these industry codes in the locale's language (unknown codes left out): in Chinese the
	 * standard's own; in English the section's or division's title (a group or class is named by its division).
	 */
	default Map<String, String> industryTitles(Collection<String> codes, Locale locale) {
		return titles(industries(codes), locale, EnglishTitles::industry, IndustryView::name);
	}

	/** The titles of these IPC sections (A–H) in the locale's language (unknown sections left out). */
	default Map<String, String> ipcSectionTitles(Collection<String> sections, Locale locale) {
		return titles(ipcs(sections), locale, EnglishTitles::ipcSection, IpcView::title);
	}

	/** Each found entry's English title where the locale wants English and one is shipped, its Chinese one otherwise. */
	private static <V> Map<String, String> titles(Map<String, V> found, Locale locale,
			Function<String, @Nullable String> english, Function<V, String> chinese) {
		Map<String, String> out = new LinkedHashMap<>();
		found.forEach((code, view) -> {
			String en = EnglishTitles.english(locale) ? english.apply(code) : null;
			out.put(code, en != null ? en : chinese.apply(view));
		});
		return out;
	}

}
