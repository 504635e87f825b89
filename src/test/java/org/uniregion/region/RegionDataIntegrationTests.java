package org.uniregion.region;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.region.RegionView.Level;
import org.uniregion.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions as the migrations stored them, and as {@link RegionApi} answers about them, on the real database.
 */
@IntegrationTest
class RegionDataIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegionApi regions;

	@Test
	void everyRegionOfTheShippedListIsStored() {
		assertThat(this.jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(3213);
		Map<String, Long> perLevel = new java.util.HashMap<>();
		this.jdbc.query("select level, count(*) from region group by level",
				rs -> {
					perLevel.put(rs.getString(1), rs.getLong(2));
				});
		// The split of the file itself (awk over areacodes-2024.txt): 34 / 333 / 2,846, as data/README.md says.
		assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of("PROVINCE", 34L, "PREFECTURE", 333L, "COUNTY", 2846L));
		assertThat(this.jdbc.queryForObject("select count(*) from region where level = 'PROVINCE' and name_en is null",
				Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from region where level <> 'PROVINCE' and parent_code is null",
				Long.class)).isZero();
	}

	@Test
	void wuxiSitsInJiangsuWithItsDistricts() {
		RegionView wuxi = this.regions.find("320200").orElseThrow();
		assertThat(wuxi.nameZh()).isEqualTo("无锡市");
		assertThat(wuxi.nameEn()).isEqualTo("Wuxi");
		assertThat(wuxi.level()).isEqualTo(Level.PREFECTURE);
		assertThat(wuxi.parentCode()).isEqualTo("320000");
		assertThat(wuxi.path()).isEqualTo("江苏省 / 无锡市");
		assertThat(wuxi.zones()).contains("YANGTZE_RIVER_DELTA", "EASTERN", "YANGTZE_RIVER_ECONOMIC_BELT")
			.doesNotContain("WESTERN");
		assertThat(this.regions.children("320200")).extracting(RegionView::code).contains("320211", "320281");
		assertThat(this.regions.ancestors("320211")).extracting(RegionView::code).containsExactly("320000", "320200");
		assertThat(this.regions.find("320211").orElseThrow().zones()).isEqualTo(wuxi.zones());
	}

	@Test
	void regionsWithoutAPrefectureHangBelowTheirProvince() {
		assertThat(this.regions.find("110101").orElseThrow().parentCode()).isEqualTo("110000");
		assertThat(this.regions.find("500229").orElseThrow().parentCode()).isEqualTo("500000");
		assertThat(this.regions.find("429004").orElseThrow().parentCode()).isEqualTo("420000");
		assertThat(this.regions.find("419001").orElseThrow().parentCode()).isEqualTo("410000");
		assertThat(this.regions.exists("110100")).isFalse();
		assertThat(this.regions.children("110000")).hasSize(16).allMatch(r -> r.level() == Level.COUNTY);
	}

	@Test
	void apiAnswersFromTheCatalog() {
		assertThat(this.regions.provinces()).hasSize(34);
		assertThat(this.regions.findAll(List.of("320200", "999999", "440300"))).containsOnlyKeys("320200", "440300");
		assertThat(this.regions.zones()).extracting(ZoneView::code)
			.startsWith("EASTERN", "CENTRAL", "WESTERN", "NORTHEAST")
			.hasSize(13);
		assertThat(this.regions.zone("GREATER_BAY_AREA").orElseThrow().provinces())
			.containsExactly("440000", "810000", "820000");
		assertThat(this.regions.zone("WESTERN").orElseThrow().provinces()).hasSize(12);
		assertThat(this.regions.zone("YELLOW_RIVER").orElseThrow().provinces()).hasSize(9);
		Page<RegionView> wuxi = this.regions.search(new RegionSearch("无锡", null, null, null), PageRequest.of(0, 10));
		assertThat(wuxi.getContent()).extracting(RegionView::code).containsExactly("320200");
		Page<RegionView> jiangsu = this.regions.search(new RegionSearch("jiangsu", null, null, null), PageRequest.of(0, 10));
		// "Taizhou (Jiangsu)" 321200 matches too: the English name disambiguates the two Taizhous.
		assertThat(jiangsu.getContent()).extracting(RegionView::code).containsExactly("320000", "321200");
		Page<RegionView> westernPrefectures = this.regions.search(new RegionSearch(null, Level.PREFECTURE, null, "WESTERN"),
				PageRequest.of(0, 500));
		assertThat(westernPrefectures.getContent()).isNotEmpty()
			.allMatch(r -> r.level() == Level.PREFECTURE && r.zones().contains("WESTERN"));
	}

}
