package org.uniregion.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the login page, telling a wrong password apart from a throttled user name. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String reason = ex instanceof ThrottledAuthenticationProvider.LoginThrottledException ? "throttled" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

}
