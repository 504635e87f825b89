package org.uniregion.partner;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit fails while the request is read, before any controller is chosen, so no
 * controller's advice applies. This one answers it: 413 with a problem for the API, and back to the
 * agreement page with a message for the web form.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private static final Pattern AGREEMENT_PAGE = Pattern.compile("^/agreements/(\\d+)/documents$");

	private final MessageSource messages;

	UploadLimitAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		String path = request.getRequestURI();
		Matcher page = AGREEMENT_PAGE.matcher(path);
		if (page.matches()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, "/agreements/" + page.group(1) + "?upload=tooLarge")
				.build();
		}
		ProblemDetail p = problem();
		p.setInstance(URI.create(path));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	/** The same answer for a JSON upload that is too large. */
	ErrorResponseException exception() {
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem(), null);
	}

	private ProblemDetail problem() {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				this.messages.getMessage("document.tooLarge", new Object[] { DocumentService.MAX_SIZE / (1024 * 1024) }, locale));
		p.setTitle(this.messages.getMessage("document.tooLarge.title", null, "Content too large", locale));
		p.setProperty("code", "document.tooLarge");
		return p;
	}

}
