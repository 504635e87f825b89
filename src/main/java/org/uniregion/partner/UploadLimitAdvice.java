package org.uniregion.partner;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the limit fails while the request is read, before any controller is chosen, so no
 * controller's advice applies. This one answers it for the agreement documents: back to the agreement page
 * with the message (as a flash, like every other upload error) for the web form, 413 with a problem for the
 * API. Oversized requests to any other address are left to the platform's general answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private static final Pattern AGREEMENT_PAGE = Pattern.compile("^/agreements/(\\d+)/documents$");

	private static final Pattern AGREEMENT_API = Pattern.compile("^/api/v1/agreements/\\d+/documents$");

	private final MessageSource messages;

	UploadLimitAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher page = AGREEMENT_PAGE.matcher(path);
		if (page.matches()) {
			String target = request.getContextPath() + "/agreements/" + page.group(1);
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flashError", message());
			RequestContextUtils.saveOutputFlashMap(target, request, response);
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, target + "#documents").build();
		}
		if (!AGREEMENT_API.matcher(path).matches()) {
			// Not ours: rethrowing the exception itself lets the next resolver answer it.
			throw ex;
		}
		ProblemDetail p = problem();
		p.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	/** The same answer for a JSON upload that is too large. */
	ErrorResponseException exception() {
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem(), null);
	}

	private String message() {
		return this.messages.getMessage("document.tooLarge", new Object[] { DocumentService.MAX_SIZE / (1024 * 1024) },
				LocaleContextHolder.getLocale());
	}

	private ProblemDetail problem() {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message());
		p.setTitle(this.messages.getMessage("document.tooLarge.title", null, "Content too large", locale));
		p.setProperty("code", "document.tooLarge");
		return p;
	}

}
