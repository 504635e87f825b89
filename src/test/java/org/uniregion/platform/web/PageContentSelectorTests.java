package org.uniregion.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that hands its content to the layout as {@code ~{::section}} hands over every {@code <section>} of its
 * file, also those of fragments defined below the page (the search page once showed its facet column twice so).
 * Such a page has exactly one section, and every other section it shows comes from another file.
 */
class PageContentSelectorTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void aPageSelectingItsSectionHasExactlyOne() throws IOException {
		Pattern section = Pattern.compile("<section[\\s>]");
		List<String> offending = new ArrayList<>();
		int pages = 0;
		try (Stream<Path> all = Files.walk(TEMPLATES)) {
			for (Path t : all.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(t);
				if (!html.contains("~{::section}")) {
					continue;
				}
				pages++;
				Matcher m = section.matcher(html);
				int count = 0;
				while (m.find()) {
					count++;
				}
				if (count != 1) {
					offending.add(TEMPLATES.relativize(t) + ": " + count + " sections");
				}
			}
		}
		assertThat(pages).isGreaterThan(10);
		assertThat(offending).as("pages whose ~{::section} would select more than their content").isEmpty();
	}

}
