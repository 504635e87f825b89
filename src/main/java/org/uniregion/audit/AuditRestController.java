package org.uniregion.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uniregion.platform.Caller;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Every change of a business record, hash-chained so that no edit goes unnoticed")
class AuditRestController {

	private final AuditTrail trail;

	AuditRestController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@Operation(summary = "Entries of the audit trail, newest first",
			description = "All filters are optional. 'from' and 'to' are dates (whole days, 'to' included) or instants. "
					+ "Administrators and auditors only.")
	Page<AuditEntryView> list(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId, @RequestParam(required = false) @Nullable String actor,
			@Parameter(description = "CREATE, UPDATE or DELETE") @RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.trail.find(Caller.current(), AuditFilter.parse(entityType, entityId, actor, action, from, to), page, size);
	}

	@GetMapping("/verify")
	@Operation(summary = "Verify the whole chain",
			description = "Walks every entry in order and answers whether the chain is intact; if not, the first entry that "
					+ "breaks it and why: 'hash mismatch' (the entry was edited), 'chain broken' (an earlier entry was "
					+ "replaced) or 'sequence gap' (an entry was deleted). Administrators and auditors only.")
	ChainVerification verify() {
		return this.trail.verify(Caller.current());
	}

}
