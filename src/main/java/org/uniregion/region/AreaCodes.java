package org.uniregion.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.uniregion.region.RegionView.Level;

/**
 * The shipped region list ({@code region/areacodes-2024.txt}, lines {@code "code name"}) and how its tree is
 * derived from the codes alone: {@code xx0000} is a province, {@code xxyy00} a prefecture, any other code a
 * county; a region's parent is its nearest ancestor that is in the list. Counties of the four municipalities
 * (110101, 500229) and the counties directly administered by a province (429004 仙桃市, 419001 济源市) have no
 * prefecture in the list (there is no 110100 or 429000), so their parent is the province.
 */
final class AreaCodes {

	static final String LIST = "region/areacodes-2024.txt";

	static final String ENGLISH_NAMES = "region/names-en.tsv";

	private static final Pattern LINE = Pattern.compile("(\\d{6}) (\\S.*)");

	private AreaCodes() {
	}

	record Entry(String code, String nameZh, @Nullable String nameEn, Level level, @Nullable String parentCode) {
	}

	static Level levelOf(String code) {
		if (code.endsWith("0000")) {
			return Level.PROVINCE;
		}
		return code.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
	}

	/** The nearest ancestor of {@code code} among {@code known}; {@code null} for a province. */
	static @Nullable String parentOf(String code, Set<String> known) {
		Level level = levelOf(code);
		if (level == Level.PROVINCE) {
			return null;
		}
		String province = code.substring(0, 2) + "0000";
		if (level == Level.COUNTY) {
			String prefecture = code.substring(0, 4) + "00";
			if (known.contains(prefecture)) {
				return prefecture;
			}
		}
		if (known.contains(province)) {
			return province;
		}
		throw new IllegalArgumentException("Region " + code + " has no province " + province + " in the list");
	}

	/** Code → Chinese name, in code order; fails on a malformed line or a repeated code. */
	static Map<String, String> parseList(InputStream in) throws IOException {
		Map<String, String> names = new TreeMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				Matcher m = LINE.matcher(line.strip());
				if (!m.matches()) {
					throw new IllegalArgumentException("Line " + number + " is not \"code name\": " + line);
				}
				if (names.put(m.group(1), m.group(2).strip()) != null) {
					throw new IllegalArgumentException("Line " + number + " repeats code " + m.group(1));
				}
			}
		}
		return names;
	}

	/** Code → English name; lines are {@code code<TAB>name}, {@code #} starts a comment line. */
	static Map<String, String> parseEnglishNames(InputStream in) throws IOException {
		Map<String, String> names = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				if (parts.length != 2 || !parts[0].matches("\\d{6}") || parts[1].isBlank()) {
					throw new IllegalArgumentException("English names, line " + number + " is not \"code<TAB>name\": " + line);
				}
				if (names.put(parts[0], parts[1].strip()) != null) {
					throw new IllegalArgumentException("English names, line " + number + " repeats code " + parts[0]);
				}
			}
		}
		return names;
	}

	/**
	 * The regions of the list with their level, parent and English name, in code order (so that every parent
	 * comes before its children). Fails when an English name is given for a code that is not in the list.
	 */
	static List<Entry> entries(Map<String, String> chinese, Map<String, String> english) {
		for (String code : english.keySet()) {
			if (!chinese.containsKey(code)) {
				throw new IllegalArgumentException("English name for " + code + ", which is not a region of the list");
			}
		}
		Set<String> known = Collections.unmodifiableSet(chinese.keySet());
		List<Entry> entries = new ArrayList<>(chinese.size());
		new TreeMap<>(chinese).forEach((code, nameZh) -> entries
			.add(new Entry(code, nameZh, english.get(code), levelOf(code), parentOf(code, known))));
		return entries;
	}

	/** The shipped list, read from the class path. */
	static List<Entry> shipped() throws IOException {
		return entries(parseList(resource(LIST)), parseEnglishNames(resource(ENGLISH_NAMES)));
	}

	static InputStream resource(String name) throws IOException {
		InputStream in = AreaCodes.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException("Missing resource " + name);
		}
		return in;
	}

}
