package org.uniregion.region;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.uniregion.region.RegionView.Level;
import org.uniregion.shared.NotFoundException;

/**
 * Turns the raw parameters of the region API and pages into checked values: a malformed code, level, zone or
 * sort is a bad request (400); a well-formed code that is no region is "not found" (404).
 */
@Component
class RegionRequests {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final RegionApi regions;

	RegionRequests(RegionApi regions) {
		this.regions = regions;
	}

	RegionView region(String code) {
		return this.regions.find(checkedCode(code)).orElseThrow(() -> new NotFoundException("region.notFound", code));
	}

	static String checkedCode(String code) {
		if (!CODE.matcher(code).matches()) {
			throw new InvalidRegionRequest("region.code.malformed", code);
		}
		return code;
	}

	RegionSearch search(@Nullable String q, @Nullable String level, @Nullable String parent, @Nullable String zone) {
		return new RegionSearch(blankToNull(q), level(level), parent(parent), zone(zone));
	}

	static RegionView.@Nullable Level level(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRegionRequest("region.level.unknown", level);
		}
	}

	private @Nullable String zone(@Nullable String zone) {
		if (zone == null || zone.isBlank()) {
			return null;
		}
		String code = zone.strip().toUpperCase(Locale.ROOT);
		if (this.regions.zone(code).isEmpty()) {
			throw new InvalidRegionRequest("region.zone.unknown", zone);
		}
		return code;
	}

	private static @Nullable String parent(@Nullable String parent) {
		return parent == null || parent.isBlank() ? null : checkedCode(parent.strip());
	}

	/** Regions are listed by code only; any other sort property is refused rather than silently ignored. */
	static Pageable checkedSort(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!"code".equals(order.getProperty())) {
				throw new InvalidRegionRequest("region.sort.unsupported", order.getProperty());
			}
		}
		return pageable;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
