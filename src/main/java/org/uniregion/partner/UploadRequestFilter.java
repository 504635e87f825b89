package org.uniregion.partner;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an oversized upload through the agreement page's form reach {@link UploadLimitAdvice}, which sends the
 * user back with a message. Tomcat refuses to read the parameters of a multipart request over the size limit
 * ({@code getParameter} throws), and the CSRF filter asks for the {@code _csrf} parameter before any
 * controller: the user got an error page. For that one form, a failed parameter read falls back to the query
 * string, where the form's action carries the token (see templates/partner/agreement.html); the token is still
 * checked as always, and the multipart error itself still surfaces when Spring reads the parts.
 */
class UploadRequestFilter extends OncePerRequestFilter {

	private static final Pattern AGREEMENT_UPLOAD = Pattern.compile("^/agreements/\\d+/documents$");

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<UploadRequestFilter> uploadRequestFilter() {
			FilterRegistrationBean<UploadRequestFilter> registration = new FilterRegistrationBean<>(new UploadRequestFilter());
			registration.addUrlPatterns("/agreements/*");
			// Before Spring Security's filters, whose CSRF check reads the parameters.
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
			return registration;
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| !AGREEMENT_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new QueryFallbackRequest(request), response);
	}

	/** Parameters as usual; when the body cannot be read for them, those of the query string. */
	static final class QueryFallbackRequest extends HttpServletRequestWrapper {

		QueryFallbackRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			try {
				return super.getParameter(name);
			}
			catch (IllegalStateException ex) {
				String[] values = query().get(name);
				return values == null ? null : values[0];
			}
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException ex) {
				return query();
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			try {
				return super.getParameterNames();
			}
			catch (IllegalStateException ex) {
				return Collections.enumeration(query().keySet());
			}
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			try {
				return super.getParameterValues(name);
			}
			catch (IllegalStateException ex) {
				return query().get(name);
			}
		}

		private Map<String, String[]> query() {
			Map<String, List<String>> values = new LinkedHashMap<>();
			String query = getQueryString();
			if (query != null) {
				for (String pair : query.split("&")) {
					if (pair.isEmpty()) {
						continue;
					}
					int eq = pair.indexOf('=');
					String name = decode(eq < 0 ? pair : pair.substring(0, eq));
					String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
					values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
				}
			}
			Map<String, String[]> result = new LinkedHashMap<>();
			values.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
			return Collections.unmodifiableMap(result);
		}

		private static String decode(String s) {
			try {
				return URLDecoder.decode(s, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return s;
			}
		}

	}

}
