package org.uniregion.platform.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 answers for failures that happen before a controller is reached: not authenticated (401)
 * and not allowed (403).
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	private final MessageSource messages;

	ProblemResponses(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"uniregion\", Basic realm=\"uniregion\"");
			write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(code, null, locale));
		problem.setTitle(this.messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
