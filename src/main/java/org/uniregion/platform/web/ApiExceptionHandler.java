package org.uniregion.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.uniregion.shared.BadRequestException;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;
import org.uniregion.shared.NotFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every failure of a {@code /api/v1} call is answered as an RFC 9457 problem in the caller's language, with
 * the offending fields under {@code errors}; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, WebRequest request) {
		ProblemDetail p = problem(HttpStatus.NOT_FOUND, ex, request);
		p.setType(NotFoundException.TYPE);
		return p;
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex, request);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, ex, request);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail rule(BusinessRuleException ex, WebRequest request) {
		ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex, request);
		if (ex.field() != null) {
			p.setProperty("errors", List.of(Map.of("field", ex.field(), "message", p.getDetail())));
		}
		return p;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail stale(ObjectOptimisticLockingFailureException ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "error.staleVersion", new Object[] { "", "" }, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Data integrity violation: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "error.integrity", new Object[0], request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex, WebRequest request) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail violation(ConstraintViolationException ex, WebRequest request) {
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.validation", new Object[0], request);
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getConstraintViolations().forEach(v -> errors.add(Map.of("field", lastNode(v.getPropertyPath().toString()),
				"message", v.getMessage())));
		p.setProperty("errors", errors);
		return p;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure of {}", describe(request), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0], request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.validation", new Object[0], request);
		List<Map<String, String>> errors = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", fe.getField(), "message", this.messages.getMessage(fe, locale)));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(ge -> errors.add(Map.of("field", ge.getObjectName(), "message", this.messages.getMessage(ge, locale))));
		p.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(p);
	}

	/** A body that is not JSON, or a value of the wrong type or an unknown enum constant at a named field. */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException json = cause(ex, JacksonException.class);
		String field = json == null ? "" : path(json.getPath());
		if (field.isEmpty()) {
			return fieldError("body", "error.json.malformed", new Object[0], request);
		}
		Class<?> target = json instanceof MismatchedInputException m ? m.getTargetType() : null;
		return valueError(field, target, request);
	}

	/** A path variable or query parameter of the wrong type, or an unknown enum constant. */
	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		return valueError(field == null ? "" : field, ex.getRequiredType(), request);
	}

	private ResponseEntity<Object> valueError(String field, @Nullable Class<?> target, WebRequest request) {
		if (target != null && target.isEnum()) {
			StringJoiner allowed = new StringJoiner(", ");
			for (Object constant : target.getEnumConstants()) {
				allowed.add(((Enum<?>) constant).name());
			}
			return fieldError(field, "error.value.enum", new Object[] { allowed.toString() }, request);
		}
		return fieldError(field, "error.value.type", new Object[0], request);
	}

	private ResponseEntity<Object> fieldError(String field, String code, Object[] args, WebRequest request) {
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.validation", new Object[0], request);
		String message = this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
		p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

	/** The JSON path of a field as the request spells it: {@code contacts[0].email}. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder b = new StringBuilder();
		for (JacksonException.Reference r : references) {
			if (r.getPropertyName() != null) {
				b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
			}
			else if (r.getIndex() >= 0) {
				b.append('[').append(r.getIndex()).append(']');
			}
		}
		return b.toString();
	}

	private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", new Object[0], request));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		// Malformed JSON, wrong types, unsupported media: keep Spring's problem, but never echo internals.
		if (body instanceof ProblemDetail p && p.getInstance() == null && request instanceof ServletWebRequest swr) {
			p.setInstance(URI.create(swr.getRequest().getRequestURI()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, DomainException ex, WebRequest request) {
		return problem(status, ex.code(), ex.args(), request);
	}

	private ProblemDetail problem(HttpStatus status, String code, Object[] args, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(code, args, code, locale));
		p.setTitle(this.messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
		p.setProperty("code", code);
		if (request instanceof ServletWebRequest swr) {
			p.setInstance(URI.create(swr.getRequest().getRequestURI()));
		}
		return p;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String describe(WebRequest request) {
		return request instanceof ServletWebRequest swr
				? swr.getRequest().getMethod() + " " + swr.getRequest().getRequestURI() : request.getDescription(false);
	}

}
