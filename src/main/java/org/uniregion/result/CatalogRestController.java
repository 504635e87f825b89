package org.uniregion.result;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: published research results, readable without logging in, without their owners. */
@RestController
@RequestMapping("/api/v1/catalog/results")
@Tag(name = "Public catalog", description = "Published research results, open to everyone (no authentication)")
class CatalogRestController {

	private final ResultApi results;

	private final ResultSorting sorting;

	CatalogRestController(ResultApi results, ResultSorting sorting) {
		this.results = results;
		this.sorting = sorting;
	}

	@GetMapping
	@Operation(summary = "List published research results", security = {})
	Page<ResultView> list(
			@Parameter(description = "words, matched as /api/v1/search matches them (any word, in the title, keywords or abstract)") @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ResultType type,
			@RequestParam(required = false) @Nullable Integer trl,
			@Parameter(description = "an IPC code prefix, e.g. G or G06F") @RequestParam(required = false) @Nullable String ipc,
			@Parameter(description = "a GB/T 4754 code prefix") @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable TransferMode transferMode,
			@ParameterObject @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return this.results.catalog(new ResultQuery(q, type, null, trl, ipc, industry, transferMode, false),
				this.sorting.check(pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published research result", security = {})
	ResultView get(@PathVariable long id) {
		return this.results.catalogEntry(id);
	}

}
