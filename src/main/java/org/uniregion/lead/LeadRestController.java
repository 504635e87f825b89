package org.uniregion.lead;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uniregion.platform.Caller;

/** Leads for the office (all), auditors (read) and researchers (the leads on their own results). */
@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Interest in published research results, followed up by the office")
class LeadRestController {

	private final LeadService leads;

	LeadRestController(LeadService leads) {
		this.leads = leads;
	}

	@GetMapping
	@Operation(summary = "List the leads the caller may read",
			description = "Sortable by id, createdAt, updatedAt, status, resultTitle, organization, name.")
	Page<LeadView> list(@RequestParam(required = false) @Nullable LeadStatus status,
			@Parameter(description = "true: only leads suspected as spam (honeypot filled); false: only the others") @RequestParam(required = false) @Nullable Boolean spam,
			@Parameter(description = "words in the result title, name, organization, email or message") @RequestParam(required = false) @Nullable String q,
			@ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return this.leads.list(Caller.current(), status, spam, q, pageable);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One lead")
	LeadView get(@PathVariable long id) {
		return this.leads.get(Caller.current(), id);
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move a lead to another status (new → contacted → qualified / closed)")
	LeadView changeStatus(@PathVariable long id, @Valid @RequestBody ChangeLeadStatus body) {
		return this.leads.changeStatus(Caller.current(), id, body);
	}

}
