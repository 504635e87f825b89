package org.uniregion.region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.uniregion.region.RegionView.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AreaCodesTests {

	@Test
	void levelFollowsTheTrailingZeros() {
		assertThat(AreaCodes.levelOf("320000")).isEqualTo(Level.PROVINCE);
		assertThat(AreaCodes.levelOf("320200")).isEqualTo(Level.PREFECTURE);
		assertThat(AreaCodes.levelOf("320211")).isEqualTo(Level.COUNTY);
		assertThat(AreaCodes.levelOf("429004")).isEqualTo(Level.COUNTY);
	}

	@Test
	void parentIsTheNearestAncestorInTheList() {
		Set<String> known = Set.of("110000", "110101", "320000", "320200", "320211", "420000", "429004");
		assertThat(AreaCodes.parentOf("320000", known)).isNull();
		assertThat(AreaCodes.parentOf("320200", known)).isEqualTo("320000");
		assertThat(AreaCodes.parentOf("320211", known)).isEqualTo("320200");
		// No 110100 and no 429000 in the list: the province is the nearest ancestor.
		assertThat(AreaCodes.parentOf("110101", known)).isEqualTo("110000");
		assertThat(AreaCodes.parentOf("429004", known)).isEqualTo("420000");
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCodes.parentOf("990101", known))
			.withMessageContaining("990000");
	}

	@Test
	void malformedListsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCodes.parseList(stream("110000 北京市\n11000 短\n")))
			.withMessageContaining("Line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> AreaCodes.parseList(stream("110000 北京市\n110000 北京\n")))
			.withMessageContaining("repeats");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AreaCodes.entries(Map.of("110000", "北京市"), Map.of("120000", "Tianjin")))
			.withMessageContaining("120000");
	}

	@Test
	void theShippedListHasEveryRegionWithAParent() throws IOException {
		List<AreaCodes.Entry> entries = AreaCodes.shipped();
		assertThat(entries).hasSize(3213);
		Map<Level, Long> perLevel = entries.stream().collect(Collectors.groupingBy(AreaCodes.Entry::level, Collectors.counting()));
		assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(
				Map.of(Level.PROVINCE, 34L, Level.PREFECTURE, 333L, Level.COUNTY, 2846L));
		Map<String, AreaCodes.Entry> byCode = entries.stream()
			.collect(Collectors.toMap(AreaCodes.Entry::code, Function.identity()));
		for (AreaCodes.Entry e : entries) {
			if (e.level() == Level.PROVINCE) {
				assertThat(e.parentCode()).isNull();
				assertThat(e.nameEn()).as(e.code()).isNotBlank();
			}
			else {
				AreaCodes.Entry parent = byCode.get(e.parentCode());
				assertThat(parent).as(e.code()).isNotNull();
				assertThat(parent.level().ordinal()).isLessThan(e.level().ordinal());
				assertThat(e.code()).startsWith(e.parentCode().substring(0, 2));
			}
		}
		assertThat(byCode.get("320200").nameEn()).isEqualTo("Wuxi");
		assertThat(byCode.get("419001").parentCode()).isEqualTo("410000");
		assertThat(byCode.get("500229").parentCode()).isEqualTo("500000");
		assertThat(byCode.get("469001").parentCode()).isEqualTo("460000");
		assertThat(entries.stream().filter(e -> e.level() == Level.PREFECTURE).allMatch(e -> e.nameEn() != null)).isTrue();
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
