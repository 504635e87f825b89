package org.uniregion.region;

import java.util.List;
import java.util.Locale;

/**
 * A national strategic zone (an economic region, a development programme or a regional strategy).
 *
 * @param code e.g. {@code YANGTZE_RIVER_DELTA}
 * @param kind what sort of zone it is
 * @param nameZh the Chinese name, e.g. 长三角
 * @param nameEn the English name
 * @param provinces the codes of the provincial-level regions it covers, by code
 */
public record ZoneView(String code, Kind kind, String nameZh, String nameEn, List<String> provinces) {

	public enum Kind {

		/** One of the four economic regions 东部、中部、西部、东北. */
		ECONOMIC_REGION,
		/** A national development programme such as 西部大开发. */
		PROGRAMME,
		/** A regional development strategy such as 京津冀 or 长三角. */
		STRATEGY

	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
