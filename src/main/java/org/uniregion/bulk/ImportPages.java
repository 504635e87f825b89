package org.uniregion.bulk;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.uniregion.shared.BusinessRuleException;

/** Helpers shared by the import API and pages. */
final class ImportPages {

	private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "fileName", "status", "kind");

	private ImportPages() {
	}

	static Pageable checked(Pageable pageable) {
		for (Sort.Order o : pageable.getSort()) {
			if (!SORTABLE.contains(o.getProperty())) {
				throw BusinessRuleException.onField("sort", "bulk.sort.unknown", o.getProperty());
			}
		}
		return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100), pageable.getSort());
	}

	static List<String> templateHeader(ImportKind kind, String lang) {
		return Columns.of(kind).stream().map(c -> "zh".equals(lang) ? c.zh() : c.name()).toList();
	}

}
