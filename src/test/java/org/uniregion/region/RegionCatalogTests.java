package org.uniregion.region;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.uniregion.region.RegionView.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory catalog on a handful of regions: paths, inherited zones, and searching.
 */
class RegionCatalogTests {

	private final RegionCatalog catalog = new RegionCatalog(List.of(
			new RegionCatalog.Row("110000", "北京市", "Beijing", Level.PROVINCE, null),
			new RegionCatalog.Row("110101", "东城区", null, Level.COUNTY, "110000"),
			new RegionCatalog.Row("320000", "江苏省", "Jiangsu", Level.PROVINCE, null),
			new RegionCatalog.Row("320200", "无锡市", "Wuxi", Level.PREFECTURE, "320000"),
			new RegionCatalog.Row("320211", "滨湖区", "Binhu District", Level.COUNTY, "320200"),
			new RegionCatalog.Row("320500", "苏州市", "Suzhou", Level.PREFECTURE, "320000"),
			new RegionCatalog.Row("341300", "宿州市", "Suzhou (Anhui)", Level.PREFECTURE, "340000"),
			new RegionCatalog.Row("340000", "安徽省", "Anhui", Level.PROVINCE, null)).stream()
		.sorted((a, b) -> a.code().compareTo(b.code()))
		.toList(),
			List.of(new ZoneView("EASTERN", ZoneView.Kind.ECONOMIC_REGION, "东部地区", "Eastern region",
					List.of("110000", "320000")),
					new ZoneView("YANGTZE_RIVER_DELTA", ZoneView.Kind.STRATEGY, "长三角", "Yangtze River Delta",
							List.of("320000", "340000"))));

	@Test
	void pathsAndZonesComeFromTheAncestors() {
		RegionView binhu = this.catalog.find("320211").orElseThrow();
		assertThat(binhu.path()).isEqualTo("江苏省 / 无锡市 / 滨湖区");
		assertThat(binhu.zones()).containsExactly("EASTERN", "YANGTZE_RIVER_DELTA");
		assertThat(this.catalog.find("110101").orElseThrow().zones()).containsExactly("EASTERN");
		assertThat(this.catalog.find("341300").orElseThrow().zones()).containsExactly("YANGTZE_RIVER_DELTA");
		assertThat(this.catalog.ancestors("320211")).extracting(RegionView::code).containsExactly("320000", "320200");
		assertThat(this.catalog.ancestors("320000")).isEmpty();
		assertThat(this.catalog.children("320000")).extracting(RegionView::code).containsExactly("320200", "320500");
		assertThat(this.catalog.children("999999")).isEmpty();
		assertThat(this.catalog.provinces()).extracting(RegionView::code).containsExactly("110000", "320000", "340000");
	}

	@Test
	void searchMatchesNamesInBothLanguagesAndCodePrefixes() {
		assertThat(codes(new RegionSearch("无锡", null, null, null))).containsExactly("320200");
		assertThat(codes(new RegionSearch("  suzhou ", null, null, null))).containsExactly("320500", "341300");
		assertThat(codes(new RegionSearch("SUZHOU", null, null, "EASTERN"))).containsExactly("320500");
		assertThat(codes(new RegionSearch("32", null, null, null))).containsExactly("320000", "320200", "320211", "320500");
		assertThat(codes(new RegionSearch("3202", Level.COUNTY, null, null))).containsExactly("320211");
		assertThat(codes(new RegionSearch(null, null, "320000", null))).containsExactly("320200", "320500");
		assertThat(codes(new RegionSearch("", null, "", ""))).hasSize(8);
		assertThat(codes(new RegionSearch("district", null, null, null))).containsExactly("320211");
		assertThat(codes(new RegionSearch("东城", null, null, "YANGTZE_RIVER_DELTA"))).isEmpty();
	}

	@Test
	void searchPagesInCodeOrder() {
		Page<RegionView> second = this.catalog.search(RegionSearch.all(), PageRequest.of(1, 3));
		assertThat(second.getContent()).extracting(RegionView::code).containsExactly("320200", "320211", "320500");
		assertThat(second.getTotalElements()).isEqualTo(8);
		assertThat(second.getTotalPages()).isEqualTo(3);
		Page<RegionView> desc = this.catalog.search(RegionSearch.all(), PageRequest.of(0, 2, Sort.by(Sort.Order.desc("code"))));
		assertThat(desc.getContent()).extracting(RegionView::code).containsExactly("341300", "340000");
		assertThat(this.catalog.search(RegionSearch.all(), PageRequest.of(5, 3)).getContent()).isEmpty();
	}

	private List<String> codes(RegionSearch search) {
		return this.catalog.search(search, PageRequest.of(0, 100)).map(RegionView::code).getContent();
	}

}
