package org.uniregion.result;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uniregion.platform.Caller;

@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "Research results", description = "Research results (科技成果) and their visibility, in the caller's scope")
class ResultRestController {

	private final ResultApi results;

	private final ResultSorting sorting;

	ResultRestController(ResultApi results, ResultSorting sorting) {
		this.results = results;
		this.sorting = sorting;
	}

	@GetMapping
	@Operation(summary = "List the research results the caller may see",
			description = "Researchers see their own and the internal and published ones; the office all; others the "
					+ "published ones. Sortable by id, title, type, trl, visibility, createdAt, updatedAt.")
	Page<ResultView> list(
			@Parameter(description = "words, matched as /api/v1/search matches them (any word, in the title, keywords or abstract)") @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ResultType type,
			@RequestParam(required = false) @Nullable Visibility visibility,
			@RequestParam(required = false) @Nullable Integer trl,
			@Parameter(description = "an IPC code prefix, e.g. G or G06F") @RequestParam(required = false) @Nullable String ipc,
			@Parameter(description = "a GB/T 4754 code prefix, e.g. C or 6513") @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable TransferMode transferMode,
			@Parameter(description = "\"me\": only the caller's own results") @RequestParam(required = false) @Nullable String owner,
			@ParameterObject @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return this.results.list(Caller.current(),
				new ResultQuery(q, type, visibility, trl, ipc, industry, transferMode, "me".equals(owner)),
				this.sorting.check(pageable));
	}

	@PostMapping
	@Operation(summary = "Create a research result (as a draft)",
			description = "Researchers own what they create; the office may name the owning researcher in ownerUsername.")
	ResponseEntity<ResultView> create(@Valid @RequestBody SaveResult body) {
		ResultView created = this.results.create(Caller.current(), body);
		return ResponseEntity.created(URI.create("/api/v1/results/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One research result")
	ResultView get(@PathVariable long id) {
		return this.results.get(Caller.current(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a research result", description = "The body's version must be the current one, or 409.")
	ResultView update(@PathVariable long id, @Valid @RequestBody SaveResult body) {
		return this.results.update(Caller.current(), id, body);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a draft research result", description = "Any other visibility answers 422: withdraw it instead.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.results.delete(Caller.current(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/visibility")
	@Operation(summary = "Move a research result to another visibility",
			description = "DRAFT→INTERNAL/PUBLISHED, INTERNAL→DRAFT/PUBLISHED/WITHDRAWN, PUBLISHED→WITHDRAWN, WITHDRAWN→DRAFT. "
					+ "Publishing needs a title, an abstract, a keyword and a TRL. Other moves answer 422.")
	ResultView changeVisibility(@PathVariable long id, @Valid @RequestBody ChangeVisibility body) {
		return this.results.changeVisibility(Caller.current(), id, body);
	}

}
