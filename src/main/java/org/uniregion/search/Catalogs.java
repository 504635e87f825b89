package org.uniregion.search;

import java.util.List;

import org.springframework.stereotype.Component;
import org.uniregion.platform.Caller;
import org.uniregion.shared.NotFoundException;

/** The searchable catalogs, as the catalog modules contribute them, in a stable order (results first). */
@Component
class Catalogs {

	private final List<CatalogSearch> all;

	Catalogs(List<CatalogSearch> all) {
		this.all = all.stream().sorted(java.util.Comparator.comparing(c -> "results".equals(c.kind()) ? "" : c.kind()))
			.toList();
	}

	/** The catalogs the caller may search. */
	List<CatalogSearch> available(Caller caller) {
		return this.all.stream().filter(c -> c.available(caller)).toList();
	}

	/** The catalog of that kind (in either case), or the caller's first one when none is named. */
	CatalogSearch get(Caller caller, String kind) {
		List<CatalogSearch> mine = available(caller);
		if (kind == null || kind.isBlank()) {
			if (mine.isEmpty()) {
				throw new org.springframework.security.access.AccessDeniedException("No catalog to search");
			}
			return mine.get(0);
		}
		CatalogSearch catalog = this.all.stream().filter(c -> c.kind().equalsIgnoreCase(kind.trim())).findFirst()
			.orElseThrow(() -> NotFoundException.of("catalog", kind));
		if (!catalog.available(caller)) {
			throw new org.springframework.security.access.AccessDeniedException("You may not search " + kind);
		}
		return catalog;
	}

}
