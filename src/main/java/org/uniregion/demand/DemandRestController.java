package org.uniregion.demand;

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
@RequestMapping("/api/v1/demands")
@Tag(name = "Demands", description = "Technology demands (技术需求): posting, moderation of public submissions, lifecycle")
class DemandRestController {

	private final DemandService demands;

	private final DemandQueries queries;

	DemandRestController(DemandService demands, DemandQueries queries) {
		this.demands = demands;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List the demands the caller may see",
			description = "Enterprises see their organization's and their own demands, region partners their region and "
					+ "below, the office all. Sortable by id, title, status, regionCode, industryCode, budget, deadline, createdAt.")
	Page<DemandView> list(@Parameter(description = "words, matched as /api/v1/search matches them (any word, in the title or the text)") @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable DemandStatus status,
			@Parameter(description = "a region code: that region and the regions below it") @RequestParam(required = false) @Nullable String region,
			@Parameter(description = "a GB/T 4754 industry code") @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable DemandSource source,
			@ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return this.demands.list(Caller.current(), new DemandQuery(q, status, region, industry, source),
				this.queries.checkSort(pageable));
	}

	@PostMapping
	@Operation(summary = "Post a demand (open at once)",
			description = "An enterprise posts for its organization, a region partner within its region, the office anywhere. "
					+ "Unknown region or industry codes and a deadline in the past answer 422 with the field.")
	ResponseEntity<DemandView> create(@Valid @RequestBody SaveDemand body) {
		DemandView created = this.demands.create(Caller.current(), body);
		return ResponseEntity.created(URI.create("/api/v1/demands/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One demand")
	DemandView get(@PathVariable long id) {
		return this.demands.get(Caller.current(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a demand", description = "Not when closed or expired; the body's version must be the current one, or 409.")
	DemandView update(@PathVariable long id, @Valid @RequestBody SaveDemand body) {
		return this.demands.update(Caller.current(), id, body);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a demand", description = "Only while submitted or open.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.demands.delete(Caller.current(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move the demand to another status",
			description = "SUBMITTED→OPEN (approve) or →CLOSED (reject, reason required), by the office only; OPEN→MATCHED/CLOSED; "
					+ "MATCHED→OPEN/CLOSED. EXPIRED comes by itself after the deadline. A move the lifecycle does not allow answers 422.")
	DemandView transition(@PathVariable long id, @Valid @RequestBody ChangeDemandStatus body) {
		return this.demands.transition(Caller.current(), id, body);
	}

}
