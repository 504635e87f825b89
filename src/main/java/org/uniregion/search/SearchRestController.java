package org.uniregion.search;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uniregion.platform.Caller;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search of the catalogs, within the caller's scope; the search index")
class SearchRestController {

	private final Catalogs catalogs;

	private final SearchIndex index;

	SearchRestController(Catalogs catalogs, SearchIndex index) {
		this.catalogs = catalogs;
		this.index = index;
	}

	@GetMapping
	@Operation(summary = "Search a catalog", description = """
			Words in Chinese or English (segmented and stemmed; title counts more than keywords, keywords more than \
			the abstract). Filter by facet with one repeatable parameter per facet, named as in the answer's \
			`facets` (results: type, discipline, industry, ipcSection, trl, transferMode, visibility, language; \
			demands: status, industry, province, source). Sorts: relevance, newest, title, and per catalog trl, \
			deadline, budget. Snippets and titles are HTML-escaped with the matched words in <mark>. Only what the \
			caller may see is searched; anonymous callers search the published results.""")
	SearchAnswer search(@Parameter(description = "results or demands (default: the first the caller may search)")
	@RequestParam(required = false) @Nullable String kind, @RequestParam MultiValueMap<String, String> params) {
		Caller caller = Caller.current();
		CatalogSearch catalog = this.catalogs.get(caller, kind);
		return catalog.search(caller, SearchRequests.from(params, catalog), LocaleContextHolder.getLocale());
	}

	@GetMapping("/catalogs")
	@Operation(summary = "The catalogs the caller may search, with their facets and sorts")
	List<Map<String, Object>> catalogs() {
		return this.catalogs.available(Caller.current()).stream()
			.map(c -> Map.<String, Object>of("kind", c.kind(), "facets", c.facetNames(), "sorts", c.sorts()))
			.toList();
	}

	@GetMapping("/index")
	@Operation(summary = "The state of the search index (ADMIN): records in the database and in the index, rebuild")
	IndexStatus status() {
		return this.index.status(Caller.current());
	}

	@PostMapping("/index/rebuild")
	@Operation(summary = "Rebuild the search index from the database (ADMIN); runs in the background, 202")
	ResponseEntity<IndexStatus.Rebuild> rebuild() {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.index.rebuild(Caller.current()));
	}

}
