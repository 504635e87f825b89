package org.uniregion.partner;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;
import org.uniregion.shared.NotFoundException;

/**
 * The error page of the partner pages (404 out of scope, 403 not allowed, 409 stale, 422 rule), rendered in
 * the layout. The platform's page handler renders the same page, but without the layout's model (an
 * exception handler's model gets no {@code @ModelAttribute}s), which fails; this one supplies it.
 */
@ControllerAdvice(assignableTypes = { OrganizationController.class, AgreementController.class,
		RegionOptionsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerPageErrors {

	private final MessageSource messages;

	private final AccessPolicy policy;

	PartnerPageErrors(MessageSource messages, AccessPolicy policy) {
		this.messages = messages;
		this.policy = policy;
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		return page(404, ex.code(), ex.args(), model, response);
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException ex, Model model, HttpServletResponse response) {
		return page(409, ex.code(), ex.args(), model, response);
	}

	@ExceptionHandler(DomainException.class)
	String rule(DomainException ex, Model model, HttpServletResponse response) {
		return page(422, ex.code(), ex.args(), model, response);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String stale(Model model, HttpServletResponse response) {
		return page(409, "error.staleVersion", new Object[] { "", "" }, model, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(Model model, HttpServletResponse response) {
		return page(403, "error.forbidden", new Object[0], model, response);
	}

	private String page(int status, String code, Object[] args, Model model, HttpServletResponse response) {
		Caller caller = Caller.current();
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale()));
		model.addAttribute("caller", caller);
		model.addAttribute("url", new ErrorPageUrl());
		model.addAttribute("nav", Map.of("organizations", this.policy.mayRead(caller, Resource.ORGANIZATION), "agreements",
				this.policy.mayRead(caller, Resource.AGREEMENT), "audit", this.policy.mayRead(caller, Resource.AUDIT_TRAIL)));
		return "error";
	}

	/** What the layout asks of the current URL on an error page: the path, and where to come back after switching language. */
	static final class ErrorPageUrl {

		public String path() {
			String path = ServletUriComponentsBuilder.fromCurrentRequest().build().getPath();
			return path == null ? "/" : path;
		}

		public String here() {
			return path();
		}

	}

}
