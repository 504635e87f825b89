package org.uniregion.platform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label exists in both languages, every message a template names exists, and no template combines a
 * condition with a fragment inclusion on one element (Thymeleaf includes first, so the condition is ignored).
 */
class MessagesAndTemplatesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (String module : modules()) {
			Set<String> en = load(MESSAGES.resolve(module + "_en.properties")).stringPropertyNames();
			Set<String> zh = load(MESSAGES.resolve(module + "_zh_CN.properties")).stringPropertyNames();
			assertThat(new TreeSet<>(zh)).as(module + ": keys in English but not in Chinese").containsAll(en);
			assertThat(new TreeSet<>(en)).as(module + ": keys in Chinese but not in English").containsAll(zh);
		}
	}

	/**
	 * Chinese values that need no Chinese character: punctuation standing for "nothing", a brand, a pattern of
	 * placeholders. Every other Chinese value holds Chinese, so that an untranslated (copied English) value fails.
	 */
	static final Set<String> CHINESE_WITHOUT_HAN = Set.of("audit.changes.none", "nav.api", "region.detail.title",
			"result.none");

	@Test
	void everyChineseTextIsChinese() throws IOException {
		Set<String> untranslated = new TreeSet<>();
		for (String module : modules()) {
			Properties zh = load(MESSAGES.resolve(module + "_zh_CN.properties"));
			for (String key : zh.stringPropertyNames()) {
				if (!CHINESE_WITHOUT_HAN.contains(key) && !hasHan(zh.getProperty(key))) {
					untranslated.add(module + ": " + key + "=" + zh.getProperty(key));
				}
			}
		}
		assertThat(untranslated).as("Chinese messages without a Chinese character").isEmpty();
	}

	/** English values hold no Chinese, but for the hints that show what may be typed (e.g. 无锡 or Wuxi). */
	@Test
	void everyEnglishTextIsEnglish() throws IOException {
		Set<String> chinese = new TreeSet<>();
		for (String module : modules()) {
			Properties en = load(MESSAGES.resolve(module + "_en.properties"));
			for (String key : en.stringPropertyNames()) {
				if (!key.endsWith(".hint") && hasHan(en.getProperty(key))) {
					chinese.add(module + ": " + key + "=" + en.getProperty(key));
				}
			}
		}
		assertThat(chinese).as("English messages holding Chinese").isEmpty();
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	@Test
	void everyMessageATemplateNamesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String module : modules()) {
			keys.addAll(load(MESSAGES.resolve(module + "_en.properties")).stringPropertyNames());
		}
		Pattern literal = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = literal.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noElementMixesAConditionWithAnInclusion() throws IOException {
		Pattern tag = Pattern.compile("<[^>]*>", Pattern.DOTALL);
		Set<String> offenders = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = tag.matcher(Files.readString(template));
			while (m.find()) {
				String t = m.group();
				boolean condition = t.contains("th:if=") || t.contains("th:unless=") || t.contains("th:each=");
				boolean inclusion = t.contains("th:replace=") || t.contains("th:insert=");
				if (condition && inclusion) {
					offenders.add(TEMPLATES.relativize(template) + ": " + t.replaceAll("\\s+", " "));
				}
			}
		}
		assertThat(offenders).as("wrap the inclusion in <th:block th:if=...>").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> s = Files.walk(TEMPLATES)) {
			return s.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static List<String> modules() throws IOException {
		try (Stream<Path> s = Files.list(MESSAGES)) {
			return s.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith("_en.properties"))
				.map(n -> n.substring(0, n.length() - "_en.properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

}
