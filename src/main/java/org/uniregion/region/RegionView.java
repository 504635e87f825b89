package org.uniregion.region;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A region as other modules and the API see it.
 *
 * @param code the GB/T 2260 code, six digits
 * @param nameZh the official Chinese name
 * @param nameEn the English name, where one is known (all provinces have one)
 * @param level province, prefecture or county
 * @param parentCode the region directly above, {@code null} for a province
 * @param path the names from the province down to this region, in Chinese, e.g. "江苏省 / 无锡市"
 * @param zones the codes of the strategic zones the region (or its province) belongs to
 */
public record RegionView(String code, String nameZh, @Nullable String nameEn, Level level, @Nullable String parentCode,
		String path, List<String> zones) {

	public enum Level {

		PROVINCE, PREFECTURE, COUNTY

	}

	/** The name to show in the given language: English where known, the Chinese name otherwise. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null ? this.nameEn : this.nameZh;
	}

}
