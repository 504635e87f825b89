package org.uniregion.region;

import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uniregion.platform.ActingFor;
import org.uniregion.platform.Caller;

/**
 * A region partner acts for its region: "无锡市（江苏省）" or "Wuxi (Jiangsu)", for the home page's greeting.
 */
@Component
class RegionActingFor implements ActingFor {

	private final RegionApi regions;

	RegionActingFor(RegionApi regions) {
		this.regions = regions;
	}

	@Override
	public @Nullable String name(Caller caller, Locale locale) {
		String code = caller.regionCode();
		if (code == null) {
			return null;
		}
		return this.regions.find(code).map(r -> {
			String above = this.regions.ancestors(code).stream().map(a -> a.name(locale)).collect(Collectors.joining(" / "));
			boolean en = "en".equals(locale.getLanguage());
			return above.isEmpty() ? r.name(locale) : r.name(locale) + (en ? " (" + above + ")" : "（" + above + "）");
		}).orElse(code);
	}

}
