package org.uniregion.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The English titles that the shipped code lists lack (they are Chinese): the 20 sections and 97 divisions of
 * GB/T 4754-2017 and the 8 IPC sections, from {@code classification/*-en.tsv} (see the NOTICE there). Finer
 * industry codes (groups, classes) are named in English by their division.
 */
final class EnglishTitles {

	private static final Map<String, String> INDUSTRY = read("classification/gbt4754-2017-en.tsv");

	private static final Map<String, String> IPC_SECTION = read("classification/ipc-sections-en.tsv");

	private EnglishTitles() {
	}

	/** Whether pages in this locale show English titles (every language but Chinese). */
	static boolean english(Locale locale) {
		return !"zh".equals(locale.getLanguage());
	}

	/** The English title of a section or division, or of the division of a group or class; null if unknown. */
	static @Nullable String industry(String code) {
		String title = INDUSTRY.get(code);
		if (title == null && code.length() > 2 && Character.isDigit(code.charAt(0))) {
			title = INDUSTRY.get(code.substring(0, 2));
		}
		return title;
	}

	/** The English titles of the sections and divisions, by code. */
	static Map<String, String> industrySectionsAndDivisions() {
		return INDUSTRY;
	}

	static @Nullable String ipcSection(String section) {
		return IPC_SECTION.get(section);
	}

	private static Map<String, String> read(String resource) {
		Map<String, String> out = new HashMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				out.put(parts[0].trim(), parts[1].trim());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(out);
	}

}
