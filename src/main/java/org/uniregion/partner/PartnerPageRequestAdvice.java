package org.uniregion.partner;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A malformed request to a partner page (an unknown status or sort in the address, an id that is no number, a
 * form without its fields) is the client's mistake: answered with the error page and 400, like the API,
 * rather than as an unexpected failure (500) by the general page handler.
 */
@ControllerAdvice(assignableTypes = { AgreementController.class, OrganizationController.class,
		RegionOptionsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PartnerPageRequestAdvice {

	@ExceptionHandler({ TypeMismatchException.class, ServletRequestBindingException.class,
			org.springframework.web.ErrorResponseException.class })
	void badRequest(Exception ex, HttpServletResponse response) throws IOException {
		int status = ex instanceof ErrorResponse e ? e.getStatusCode().value() : HttpServletResponse.SC_BAD_REQUEST;
		// The platform's error page renders the status in the user's language.
		response.sendError(status);
	}

}
