package org.uniregion.result;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The disciplines of research results, a controlled vocabulary ({@code result/disciplines.tsv}): results store a
 * discipline's key and pages show its label in their language. A value that is an alias of a discipline (the
 * CSL discipline, the NASA category, a free-text value of an earlier release) is labelled like its key; any
 * other value (typed by a user) is shown as it is.
 */
final class Disciplines {

	/** The CSL categories (学科门类); the demo catalog keeps the first four. */
	enum Field {

		SCIENCE, ENGINEERING, AGRICULTURE, MEDICINE, MANAGEMENT, ECONOMICS, LAW, EDUCATION, LITERATURE, HISTORY,
		PHILOSOPHY, ART, MILITARY;

		boolean technical() {
			return this == SCIENCE || this == ENGINEERING || this == AGRICULTURE || this == MEDICINE;
		}

	}

	record Discipline(String key, Field field, String zh, String en) {

		String label(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? this.zh : this.en;
		}

	}

	private static final Map<String, Discipline> BY_KEY = new LinkedHashMap<>();

	private static final Map<String, Discipline> BY_ALIAS = new HashMap<>();

	static {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("result/disciplines.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] p = line.split("\t");
				Discipline d = new Discipline(p[0], Field.valueOf(p[1]), p[2], p[3]);
				BY_KEY.put(d.key(), d);
				for (String alias : p[4].split("\\|")) {
					BY_ALIAS.put(alias, d);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Disciplines() {
	}

	/** The discipline with this key or alias. */
	static Optional<Discipline> find(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		Discipline d = BY_KEY.get(value);
		return Optional.ofNullable(d != null ? d : BY_ALIAS.get(value.trim()));
	}

	/** The label of a discipline in the locale's language; a value outside the vocabulary as it is. */
	static @Nullable String label(@Nullable String value, Locale locale) {
		return value == null ? null : find(value).map(d -> d.label(locale)).orElse(value);
	}

	static Map<String, String> labels(Collection<String> values, Locale locale) {
		Map<String, String> out = new HashMap<>();
		values.forEach(v -> out.put(v, label(v, locale)));
		return out;
	}

	static Collection<Discipline> all() {
		return BY_KEY.values();
	}

}
