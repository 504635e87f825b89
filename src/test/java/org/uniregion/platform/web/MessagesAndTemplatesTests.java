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
import org.uniregion.support.PageLanguage;

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
	 * Every Chinese value holds Chinese, or has nothing to translate: what is left without its placeholders, digits
	 * and punctuation is empty ("—", "{0}（{1}）") or names on {@link PageLanguage#LATIN_IN_CHINESE} ("API"). No list
	 * of keys: a copied English value fails whatever its key.
	 */
	@Test
	void everyChineseTextIsChinese() throws IOException {
		Set<String> untranslated = new TreeSet<>();
		for (String module : modules()) {
			Properties zh = load(MESSAGES.resolve(module + "_zh_CN.properties"));
			for (String key : zh.stringPropertyNames()) {
				String value = zh.getProperty(key);
				if (!PageLanguage.hasHan(value) && !PageLanguage.foreignWords("zh-CN", value, false).isEmpty()) {
					untranslated.add(module + ": " + key + "=" + value);
				}
			}
		}
		assertThat(untranslated).as("Chinese messages without a Chinese character").isEmpty();
	}

	/** A value the same in both bundles is one with nothing to translate, by the rule above. */
	@Test
	void noValueIsTheSameInBothLanguagesUnlessNothingIsToTranslate() throws IOException {
		Set<String> same = new TreeSet<>();
		for (String module : modules()) {
			Properties en = load(MESSAGES.resolve(module + "_en.properties"));
			Properties zh = load(MESSAGES.resolve(module + "_zh_CN.properties"));
			for (String key : en.stringPropertyNames()) {
				String value = en.getProperty(key);
				if (value.equals(zh.getProperty(key)) && (PageLanguage.hasHan(value)
						|| !PageLanguage.foreignWords("zh-CN", value, false).isEmpty())) {
					same.add(module + ": " + key + "=" + value);
				}
			}
		}
		assertThat(same).as("values left untranslated in one bundle").isEmpty();
	}

	/**
	 * English values hold no Chinese, but for the examples of Chinese input in the hints of fields that take either
	 * language (e.g. 无锡 or Wuxi), which {@link PageLanguage#TYPED_EXAMPLES} names one by one.
	 */
	@Test
	void everyEnglishTextIsEnglish() throws IOException {
		Set<String> chinese = new TreeSet<>();
		for (String module : modules()) {
			Properties en = load(MESSAGES.resolve(module + "_en.properties"));
			for (String key : en.stringPropertyNames()) {
				if (!PageLanguage.foreignWords("en", en.getProperty(key), key.endsWith(".hint") || key.endsWith("Hint")).isEmpty()) {
					chinese.add(module + ": " + key + "=" + en.getProperty(key));
				}
			}
		}
		assertThat(chinese).as("English messages holding Chinese").isEmpty();
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
