package org.uniregion.classification;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped GB/T 4754-2017 list ({@code classification/gbt4754-2017.json}): level 1 section (a letter A–T),
 * 2 division (two digits), 3 group (three), 4 class (four), each naming its parent.
 */
final class IndustryCodes {

	static final String LIST = "classification/gbt4754-2017.json";

	static final Pattern CODE = Pattern.compile("[A-T]|\\d{2,4}");

	private IndustryCodes() {
	}

	record Entry(String code, String name, int level, @Nullable String parentCode) {
	}

	/** Trimmed, a section letter in upper case: {@code " c "} is {@code "C"}. */
	static String normalize(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	static boolean isWellFormed(String normalized) {
		return CODE.matcher(normalized).matches();
	}

	/** The level a well-formed code has: 1 for a letter, otherwise its number of digits. */
	static int levelOf(String code) {
		return Character.isLetter(code.charAt(0)) ? 1 : code.length();
	}

	static List<Entry> shipped() {
		try (InputStream in = IpcCodes.resource(LIST)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + LIST, ex);
		}
	}

	/** Reads and checks the list: well-formed unique codes, levels that fit the codes, parents listed before. */
	static List<Entry> read(InputStream in) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(in);
		List<Entry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (JsonNode n : root) {
			String code = normalize(n.get("code").asString());
			int level = n.get("level").asInt();
			JsonNode p = n.path("parent");
			String parent = p.isString() ? normalize(p.asString()) : null;
			if (!isWellFormed(code) || levelOf(code) != level || !seen.add(code)) {
				throw new IllegalStateException("Bad industry entry " + n);
			}
			if ((level == 1) != (parent == null) || (parent != null && !seen.contains(parent))) {
				throw new IllegalStateException("Industry " + code + " has a bad parent " + parent);
			}
			entries.add(new Entry(code, n.get("name").asString().strip(), level, parent));
		}
		return List.copyOf(entries);
	}

}
