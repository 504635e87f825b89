package org.uniregion.partner;

import java.net.URI;
import java.util.List;

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
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Partner organizations (合作单位) and their contacts")
class OrganizationRestController {

	private final OrganizationService organizations;

	private final Sorting sorting;

	OrganizationRestController(OrganizationService organizations, Sorting sorting) {
		this.organizations = organizations;
		this.sorting = sorting;
	}

	@GetMapping
	@Operation(summary = "List the organizations the caller may see",
			description = "Sortable by id, nameZh, nameEn, type, regionCode, createdAt.")
	Page<OrganizationView> list(@Parameter(description = "words in the name, credit code or address") @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable OrganizationType type,
			@Parameter(description = "a region code: that region and the regions below it") @RequestParam(required = false) @Nullable String region,
			@ParameterObject @PageableDefault(size = 20, sort = "nameZh", direction = Sort.Direction.ASC) Pageable pageable) {
		return this.organizations.list(Caller.current(), new OrganizationQuery(q, type, region),
				this.sorting.check(pageable, Sorting.ORGANIZATION));
	}

	@PostMapping
	@Operation(summary = "Create an organization")
	ResponseEntity<OrganizationView> create(@Valid @RequestBody SaveOrganization body) {
		OrganizationView created = this.organizations.create(Caller.current(), body);
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organization with its contacts")
	OrganizationView get(@PathVariable long id) {
		return this.organizations.get(Caller.current(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an organization", description = "The body's version must be the current one, or 409.")
	OrganizationView update(@PathVariable long id, @Valid @RequestBody SaveOrganization body) {
		return this.organizations.update(Caller.current(), id, body);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an organization that no agreement names")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.organizations.delete(Caller.current(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/contacts")
	@Operation(summary = "The organization's contacts")
	List<ContactView> contacts(@PathVariable long id) {
		return this.organizations.contacts(Caller.current(), id);
	}

	@PostMapping("/{id}/contacts")
	@Operation(summary = "Add a contact")
	ResponseEntity<ContactView> addContact(@PathVariable long id, @Valid @RequestBody SaveContact body) {
		ContactView c = this.organizations.addContact(Caller.current(), id, body);
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + id + "/contacts/" + c.id())).body(c);
	}

	@PutMapping("/{id}/contacts/{contactId}")
	@Operation(summary = "Change a contact", description = "The body's version must be the contact's current one, or 409.")
	ContactView updateContact(@PathVariable long id, @PathVariable long contactId, @Valid @RequestBody SaveContact body) {
		return this.organizations.updateContact(Caller.current(), id, contactId, body);
	}

	@DeleteMapping("/{id}/contacts/{contactId}")
	@Operation(summary = "Remove a contact")
	ResponseEntity<Void> deleteContact(@PathVariable long id, @PathVariable long contactId) {
		this.organizations.deleteContact(Caller.current(), id, contactId);
		return ResponseEntity.noContent().build();
	}

}
