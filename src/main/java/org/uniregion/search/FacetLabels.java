package org.uniregion.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** Labels of facet values in the caller's language, and the checks of filter values, shared by the catalogs. */
public final class FacetLabels {

	private final MessageSource messages;

	public FacetLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** Each value labelled by the message {@code prefix + value} (an enum's name, a language code). */
	public Map<String, String> messages(Collection<String> values, String prefix, Locale locale) {
		Map<String, String> out = new HashMap<>();
		values.forEach(v -> out.put(v, message(prefix + v, locale)));
		return out;
	}

	/** Each value after a fixed text (“TRL 5”). */
	public static Map<String, String> prefixed(Collection<String> values, String prefix) {
		Map<String, String> out = new HashMap<>();
		values.forEach(v -> out.put(v, prefix + v));
		return out;
	}

	/** Codes labelled “code name” from a lookup of their names (codes it does not know stay as they are). */
	public static Map<String, String> coded(Map<String, String> names) {
		Map<String, String> out = new HashMap<>();
		names.forEach((code, name) -> out.put(code, code + " " + name));
		return out;
	}

	/** Whether {@code name} is the name of one of the values (a filter on an enum field). */
	public static boolean isName(Enum<?>[] values, String name) {
		return Arrays.stream(values).anyMatch(v -> v.name().equals(name));
	}

	public String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
