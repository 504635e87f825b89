package org.uniregion.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uniregion.platform.Caller;
import org.uniregion.shared.DomainException;

/**
 * The audit trail page: filter, browse newest first, expand an entry's changes, verify the chain.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	private final AuditTrail trail;

	private final MessageSource messages;

	AuditController(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	@GetMapping
	String list(AuditQuery query, Model model) {
		Caller caller = Caller.current();
		model.addAttribute("query", query);
		model.addAttribute("types", this.trail.entityTypes());
		model.addAttribute("actions", AuditAction.values());
		AuditFilter filter;
		try {
			filter = AuditFilter.parse(query.entityType(), query.entityId(), query.actor(), query.action(), query.from(),
					query.to());
		}
		catch (DomainException ex) {
			// A mistyped filter is pointed out on the form; the list shows everything meanwhile.
			filter = AuditFilter.parse(null, null, null, null, null, null);
			model.addAttribute("filterError",
					this.messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale()));
		}
		Page<AuditEntryView> page = this.trail.find(caller, filter, query.page() == null ? 0 : query.page(), 20);
		model.addAttribute("page", page);
		return "audit/trail";
	}

	@GetMapping("/verify")
	String verify(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Caller caller = Caller.current();
		ChainVerification verification = this.trail.verify(caller);
		model.addAttribute("verification", verification);
		Long broken = verification.firstBrokenSeq();
		model.addAttribute("brokenEntry", broken == null ? null : this.trail.entry(caller, broken).orElse(null));
		return htmx != null ? "audit/trail :: verification" : "audit/verify";
	}

	/** The page's filter form and page number, as the query string carries them. */
	record AuditQuery(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
			@Nullable String action, @Nullable String from, @Nullable String to, @Nullable Integer page) {
	}

}
