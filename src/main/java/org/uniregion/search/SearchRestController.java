package org.uniregion.search;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
	@Parameters({
			@Parameter(name = "q", in = ParameterIn.QUERY, description = """
					Words (at most 500 characters); any of them matches, records with all of them and with them close 					together rank first. Syntax: "a phrase", + (and), | (or), - (not), ( ), prefix*, \\ escapes""",
					schema = @Schema(type = "string", maxLength = 500)),
			@Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default), newest, title; "
					+ "results also trl, demands also deadline and budget", schema = @Schema(type = "string")),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "zero-based page (page × size below 10,000)",
					schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "hits per page",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")),
			@Parameter(name = "type", in = ParameterIn.QUERY, description = "results: result type (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "discipline", in = ParameterIn.QUERY, description = "results: discipline (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "industry", in = ParameterIn.QUERY,
					description = "GB/T 4754 industry division: a section letter or a two-digit division (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "ipcSection", in = ParameterIn.QUERY, description = "results: IPC section A–H (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "trl", in = ParameterIn.QUERY, description = "results: readiness level 1–9 (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "transferMode", in = ParameterIn.QUERY, description = "results: transfer mode (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "visibility", in = ParameterIn.QUERY, description = "results: visibility (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "language", in = ParameterIn.QUERY, description = "results: language code, zh or en (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "source", in = ParameterIn.QUERY,
					description = "results: demo data set (NASA, CSL); demands: how the demand came in (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "status", in = ParameterIn.QUERY, description = "demands: status (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "province", in = ParameterIn.QUERY, description = "demands: province code, e.g. 320000 (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))) })
	SearchAnswer search(@Parameter(description = "results or demands (default: the first the caller may search)")
	@RequestParam(required = false) @Nullable String kind,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
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
