package org.uniregion.region;

import java.util.Locale;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Whether a region matches a {@link RegionSearch}: an all-digit query is a code prefix, any other query a
 * substring of the Chinese name or (ignoring case) of the English name; level, parent and zone must match
 * when given.
 */
final class RegionFilter implements Predicate<RegionView> {

	private final @Nullable String code;

	private final @Nullable String text;

	private final @Nullable String textLower;

	private final RegionSearch search;

	RegionFilter(RegionSearch search) {
		this.search = search;
		String q = search.q() == null ? "" : search.q().strip();
		boolean digits = !q.isEmpty() && q.chars().allMatch(c -> c >= '0' && c <= '9');
		this.code = digits ? q : null;
		this.text = digits || q.isEmpty() ? null : q;
		this.textLower = this.text == null ? null : this.text.toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean test(RegionView r) {
		if (this.code != null && !r.code().startsWith(this.code)) {
			return false;
		}
		if (this.text != null && !r.nameZh().contains(this.text)
				&& (r.nameEn() == null || !r.nameEn().toLowerCase(Locale.ROOT).contains(this.textLower))) {
			return false;
		}
		if (this.search.level() != null && r.level() != this.search.level()) {
			return false;
		}
		if (!blank(this.search.parent()) && !this.search.parent().strip().equals(r.parentCode())) {
			return false;
		}
		return blank(this.search.zone()) || r.zones().contains(this.search.zone().strip());
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
