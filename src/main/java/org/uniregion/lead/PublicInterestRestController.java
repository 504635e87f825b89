package org.uniregion.lead;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Express interest in a published result, for anonymous visitors. It acts for no one (the session's user is
 * ignored), so it needs no CSRF token: a forged request can do nothing an anonymous visitor cannot.
 */
@RestController
@Tag(name = "Leads", description = "Interest in published research results, followed up by the office")
class PublicInterestRestController {

	private final PublicInterest interest;

	PublicInterestRestController(PublicInterest interest) {
		this.interest = interest;
	}

	@PostMapping("/api/v1/public/results/{id}/interest")
	@Operation(summary = "Express interest in a published research result (anonymous)", security = {},
			description = "Only for published results (404 otherwise). At most a few messages per hour from one address "
					+ "(429 beyond). Name up to 100 characters, organization 200, email 254, phone 40, message 4,000. "
					+ "Answers 202 with a thank-you message; the office follows up the lead.")
	ResponseEntity<Map<String, String>> send(@PathVariable long id, @Valid @RequestBody ExpressInterest body,
			HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("message", this.interest.send(id, body, request.getRemoteAddr())));
	}

}
