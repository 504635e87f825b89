package org.uniregion.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.uniregion.classification.IpcView.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped IPC list ({@code classification/ipc-2026.01-zh.jsonl}) and the rules read off a code: its
 * normal form, its level and its parent. The level follows from the code's shape: "G" section, "G06" class,
 * "G06F" subclass, "G06F16/00" main group, "G06F16/35" subgroup.
 */
final class IpcCodes {

	static final String LIST = "classification/ipc-2026.01-zh.jsonl";

	/** A well-formed IPC code in normal form. */
	static final Pattern CODE = Pattern.compile("[A-H]|[A-H]\\d{2}|[A-H]\\d{2}[A-Z]|[A-H]\\d{2}[A-Z]\\d{1,4}/\\d{2,6}");

	private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]+");

	private IpcCodes() {
	}

	record Entry(String code, Level level, String title, @Nullable String parentCode) {
	}

	/** The entries kept (in code order, parents before children) and what was left out of the file. */
	record Loaded(List<Entry> entries, int lines, int withoutCode, int malformed, int duplicates) {
	}

	/** Upper case, every blank removed (also full-width ones): {@code "g06f 16/35"} is {@code "G06F16/35"}. */
	static String normalize(String code) {
		return BLANKS.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
	}

	static boolean isWellFormed(String normalized) {
		return CODE.matcher(normalized).matches();
	}

	/** The level of a well-formed code in normal form. */
	static Level levelOf(String code) {
		int slash = code.indexOf('/');
		if (slash >= 0) {
			return code.substring(slash + 1).matches("0+") ? Level.MAIN_GROUP : Level.SUBGROUP;
		}
		return switch (code.length()) {
			case 1 -> Level.SECTION;
			case 3 -> Level.CLASS;
			default -> Level.SUBCLASS;
		};
	}

	/**
	 * The parent the code itself names: subgroup → main group of the same subclass ({@code G06F16/35} →
	 * {@code G06F16/00}), main group → subclass, subclass → class, class → section; none for a section.
	 */
	static @Nullable String derivedParent(String code) {
		return switch (levelOf(code)) {
			case SECTION -> null;
			case CLASS -> code.substring(0, 1);
			case SUBCLASS -> code.substring(0, 3);
			case MAIN_GROUP -> code.substring(0, 4);
			case SUBGROUP -> code.substring(0, code.indexOf('/') + 1) + "00";
		};
	}

	/** The derived parent if it is known, else the nearest higher known ancestor; none for a section. */
	static @Nullable String parentAmong(String code, Set<String> known) {
		String parent = derivedParent(code);
		while (parent != null && !known.contains(parent)) {
			parent = derivedParent(parent);
		}
		return parent;
	}

	static Loaded shipped() {
		try (InputStream in = resource(LIST)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + LIST, ex);
		}
	}

	static InputStream resource(String name) throws IOException {
		InputStream in = IpcCodes.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException("Missing resource " + name);
		}
		return in;
	}

	/**
	 * Reads the list, leaving out lines without a code, lines with a malformed code and repeated codes (the
	 * first line of a code is kept); a line that is not JSON fails the whole read.
	 */
	static Loaded read(InputStream in) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> titles = new LinkedHashMap<>();
		int lines = 0;
		int withoutCode = 0;
		int malformed = 0;
		int duplicates = 0;
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank()) {
				continue;
			}
			lines++;
			JsonNode node = json.readTree(line);
			JsonNode codeNode = node.path("code");
			JsonNode titleNode = node.path("title");
			if (!codeNode.isString() || codeNode.asString().isBlank()) {
				withoutCode++;
				continue;
			}
			String code = normalize(codeNode.asString());
			String title = titleNode.isString() ? titleNode.asString().strip() : "";
			if (!isWellFormed(code) || title.isEmpty()) {
				malformed++;
				continue;
			}
			if (titles.putIfAbsent(code, title) != null) {
				duplicates++;
			}
		}
		Set<String> known = titles.keySet();
		List<Entry> entries = new ArrayList<>(titles.size());
		titles.forEach((code, title) -> entries.add(new Entry(code, levelOf(code), title, parentAmong(code, known))));
		// Code order puts every parent (a prefix of its child's code) before its children.
		entries.sort(Comparator.comparing(Entry::code));
		return new Loaded(List.copyOf(entries), lines, withoutCode, malformed, duplicates);
	}

}
