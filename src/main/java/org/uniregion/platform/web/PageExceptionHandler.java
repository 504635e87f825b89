package org.uniregion.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.shared.BadRequestException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;
import org.uniregion.shared.NotFoundException;

/**
 * Failures of the web UI shown as a page in the user's language, inside the layout.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final MessageSource messages;

	private final AccessPolicy policy;

	PageExceptionHandler(MessageSource messages, AccessPolicy policy) {
		this.messages = messages;
		this.policy = policy;
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		model.addAttribute("problemType", NotFoundException.TYPE.toString());
		return page(404, ex.code(), ex.args(), model, response);
	}

	@ExceptionHandler(BadRequestException.class)
	String badRequest(BadRequestException ex, Model model, HttpServletResponse response) {
		return page(400, ex.code(), ex.args(), model, response);
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

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		return page(413, "error.tooLarge", new Object[0], model, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String denied(Model model, HttpServletResponse response) {
		return page(403, "error.forbidden", new Object[0], model, response);
	}

	private String page(int status, String code, Object[] args, Model model, HttpServletResponse response) {
		response.setStatus(status);
		LayoutModel.populate(model, this.policy);
		model.addAttribute("status", status);
		model.addAttribute("message", this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale()));
		return "error";
	}

	/** Malformed requests (a wrong type, a missing parameter, an unknown enum value) are the client's: 4xx. */
	@ExceptionHandler({ TypeMismatchException.class, BindException.class, HttpMessageNotReadableException.class,
			ConstraintViolationException.class })
	String badRequest(Model model, HttpServletResponse response) {
		return page(400, "error.badRequest", new Object[0], model, response);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletResponse response) {
		if (ex instanceof ErrorResponse er && er.getStatusCode().is4xxClientError()) {
			int status = er.getStatusCode().value();
			org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
			return page(status, known == null ? "error.badRequest" : PlatformErrorController.messageKey(known), new Object[] { "", "" },
					model, response);
		}
		log.error("Unexpected failure in the web UI", ex);
		return page(500, "error.unexpected", new Object[0], model, response);
	}

}
