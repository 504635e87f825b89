package org.uniregion.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCodesTests {

	@Test
	void prefixDropsTheTrailingZeroPairsOfProvincesAndPrefectures() {
		assertThat(RegionCodes.prefix("320000")).isEqualTo("32");
		assertThat(RegionCodes.prefix("320200")).isEqualTo("3202");
		assertThat(RegionCodes.prefix("320211")).isEqualTo("320211");
	}

	@Test
	void aRegionCoversItselfAndWhatLiesBelow() {
		assertThat(RegionCodes.covers("320000", "320211")).isTrue();
		assertThat(RegionCodes.covers("320200", "320211")).isTrue();
		assertThat(RegionCodes.covers("320200", "320200")).isTrue();
		assertThat(RegionCodes.covers("320200", "320500")).isFalse();
		assertThat(RegionCodes.covers("320211", "320200")).isFalse();
		assertThat(RegionCodes.covers("440300", "440100")).isFalse();
	}

}
