package org.uniregion.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever fails outside a controller (an unknown address, a wrong method, an upload over the limit before
 * any controller saw it) is answered like everything else: an RFC 9457 problem under {@code /api}, the
 * error page in the layout elsewhere.
 */
@Controller
class PlatformErrorController implements ErrorController {

	private final MessageSource messages;

	private final JsonMapper json;

	PlatformErrorController(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		Locale locale = RequestContextUtils.getLocale(request);
		String key = messageKey(status);
		String message = this.messages.getMessage(key, new Object[] { "", "" }, locale);
		// A parameter refused before any controller saw it (RequestParameterFilter): say which and why.
		Object refused = request.getAttribute(RequestParameterFilter.CODE);
		Object field = request.getAttribute(RequestParameterFilter.FIELD);
		String detail = refused == null ? message
				: this.messages.getMessage(refused.toString(), new Object[] { String.valueOf(RequestParameterFilter.MAX_OFFSET) }, locale);
		response.setStatus(status.value());
		if (path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			if (field != null) {
				problem.setProperty("errors", List.of(Map.of("field", field.toString(), "message", detail)));
			}
			problem.setTitle(this.messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale));
			problem.setInstance(URI.create(path));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), problem);
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.addObject("message", detail);
		page.setStatus(status);
		return page;
	}

	static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.noSuchPage";
			case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
			case CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE -> "error.tooLarge";
			case FORBIDDEN -> "error.forbidden";
			case UNAUTHORIZED -> "error.unauthorized";
			case BAD_REQUEST -> "error.badRequest";
			case UNSUPPORTED_MEDIA_TYPE -> "error.unsupportedMediaType";
			default -> "error.unexpected";
		};
	}

}
