package org.uniregion.classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped English industry names cover exactly the standard's sections and divisions, once each. */
class IndustryEnglishNamesTests {

	@Test
	void everySectionAndDivisionHasOneEnglishNameAndNothingElseHasOne() throws IOException {
		String json = new ClassPathResource("classification/gbt4754-2017.json").getContentAsString(StandardCharsets.UTF_8);
		Map<String, Integer> levels = new LinkedHashMap<>();
		Matcher m = Pattern.compile("\"level\":(\\d),\"code\":\"(\\w+)\"").matcher(json);
		while (m.find()) {
			levels.put(m.group(2), Integer.parseInt(m.group(1)));
		}
		assertThat(levels).hasSize(1971);
		Map<String, String> english = new LinkedHashMap<>();
		for (String line : new ClassPathResource("classification/gbt4754-2017-en.tsv").getContentAsString(StandardCharsets.UTF_8)
			.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t");
			assertThat(cols).as(line).hasSize(2);
			assertThat(english.put(cols[0], cols[1])).as("repeated " + cols[0]).isNull();
			assertThat(levels.get(cols[0])).as(cols[0]).isIn(1, 2);
		}
		assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(
				levels.entrySet().stream().filter(e -> e.getValue() <= 2).map(Map.Entry::getKey).toList());
	}

}
