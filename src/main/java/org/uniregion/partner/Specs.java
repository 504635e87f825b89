package org.uniregion.partner;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.uniregion.platform.RegionCodes;

/** Query pieces shared by the lists. */
final class Specs {

	private Specs() {
	}

	/** A LIKE pattern for “contains”, with the wildcards of the input escaped (escape character backslash). */
	static String contains(String q) {
		String escaped = q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** The code prefix of a region filter (“320200” → “3202”), or {@code null} when the filter is no region code. */
	static @Nullable String regionPrefix(@Nullable String region) {
		if (region == null || region.isBlank()) {
			return null;
		}
		String r = region.trim();
		if (!r.matches("\\d{2,6}")) {
			return "-"; // matches nothing
		}
		return r.length() == 6 ? RegionCodes.prefix(r) : r;
	}

	static <T> Specification<T> regionBelow(String attribute, @Nullable String region) {
		String prefix = regionPrefix(region);
		if (prefix == null) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.like(root.get(attribute), prefix + "%");
	}

	static <T> Specification<T> containsAny(@Nullable String q, String... attributes) {
		if (q == null || q.isBlank()) {
			return (root, query, cb) -> cb.conjunction();
		}
		String pattern = contains(q);
		return (root, query, cb) -> {
			var ors = new jakarta.persistence.criteria.Predicate[attributes.length];
			for (int i = 0; i < attributes.length; i++) {
				ors[i] = cb.like(cb.lower(cb.coalesce(root.get(attributes[i]), "")), pattern, '\\');
			}
			return cb.or(ors);
		};
	}

}
