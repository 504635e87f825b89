package org.uniregion.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, request parameters that no endpoint could answer: ones that are not
 * percent-encoded UTF-8 ({@code ?q=%ff}), that hold a NUL character (which PostgreSQL refuses in text), and a
 * {@code page} so far out that {@code page × size} would overflow the database's or the index's offset. The answer
 * is 400, as the error page or (under {@code /api}) an RFC 9457 problem naming the parameter; the log gets one
 * line at debug level, so that nobody can flood it with stack traces.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after the character encoding is set, before anything reads a parameter
class RequestParameterFilter extends OncePerRequestFilter {

	/** Request attributes that tell the error controller which parameter was refused, and why. */
	static final String FIELD = RequestParameterFilter.class.getName() + ".field";

	static final String CODE = RequestParameterFilter.class.getName() + ".code";

	/** The largest {@code page × size} a list accepts; far beyond any real list, far below an int overflow. */
	static final long MAX_OFFSET = 1_000_000_000L;

	/** The size assumed when none is given: the largest a list answers, so that no endpoint's default overflows. */
	private static final long WORST_SIZE = 2000;

	private static final Pattern INTEGER = Pattern.compile("\\s*-?\\d+\\s*");

	private static final Logger log = LoggerFactory.getLogger(RequestParameterFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response); // parsing parts here would bypass the upload limits' own answers
			return;
		}
		Map<String, String[]> params;
		try {
			params = request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			int status = ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
					? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
			refuse(request, response, status, undecodable(request.getQueryString()), "error.parameter.encoding");
			return;
		}
		for (Map.Entry<String, String[]> e : params.entrySet()) {
			if (e.getKey().indexOf('\0') >= 0) {
				refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, null, "error.parameter.control");
				return;
			}
			for (String v : e.getValue()) {
				if (v.indexOf('\0') >= 0) {
					refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, e.getKey(), "error.parameter.control");
					return;
				}
			}
		}
		if (pageOutOfRange(request.getParameter("page"), request.getParameter("size"))) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "page", "error.paging.outOfRange");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether {@code page × size} (size as a list would clamp it, the largest when not given) is too far out. */
	static boolean pageOutOfRange(@Nullable String page, @Nullable String size) {
		if (page == null || !INTEGER.matcher(page).matches()) {
			return false; // not a number: the list's own parsing answers (a default, or 400)
		}
		String digits = page.trim();
		if (digits.startsWith("-")) {
			return false;
		}
		if (digits.length() > 12) {
			return true;
		}
		long p = Long.parseLong(digits);
		long s = WORST_SIZE;
		if (size != null && INTEGER.matcher(size).matches() && size.trim().length() < 12) {
			long given = Long.parseLong(size.trim());
			if (given >= 1) {
				s = Math.min(given, WORST_SIZE);
			}
		}
		return (p + 1) * s > MAX_OFFSET;
	}

	/** The name of the first query parameter that is not percent-encoded UTF-8, if it can be told. */
	static @Nullable String undecodable(@Nullable String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String rawName = eq < 0 ? pair : pair.substring(0, eq);
			String name = decode(rawName);
			if (name == null) {
				return null;
			}
			if (eq >= 0 && decode(pair.substring(eq + 1)) == null) {
				return name;
			}
		}
		return null;
	}

	private static @Nullable String decode(String raw) {
		ByteBuffer bytes = ByteBuffer.allocate(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return null;
				}
				int hi = Character.digit(raw.charAt(i + 1), 16);
				int lo = Character.digit(raw.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return null;
				}
				bytes.put((byte) (hi * 16 + lo));
				i += 2;
			}
			else {
				bytes.put((byte) (c == '+' ? ' ' : c));
			}
		}
		bytes.flip();
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** Answers through the error controller (the error page, or a problem under /api), without the parameters. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, @Nullable String field,
			String code) throws ServletException, IOException {
		if (log.isDebugEnabled()) {
			log.debug("Refused {} {}: {} (parameter {})", request.getMethod(), request.getRequestURI(), code, field);
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(CODE, code);
		if (field != null) {
			request.setAttribute(FIELD, field);
		}
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
	}

	/** The request as the error page sees it: no parameters and no query, since neither can be read. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public @Nullable String getQueryString() {
			return null;
		}

	}

}
