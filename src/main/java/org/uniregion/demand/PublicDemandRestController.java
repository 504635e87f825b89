package org.uniregion.demand;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public demand form as an API, for anonymous visitors. No session and no credentials are used: whoever
 * sends it, the demand is stored as a PUBLIC submission of no user, waiting for moderation — which is also why
 * this endpoint needs no CSRF token (a forged request can do nothing an anonymous visitor cannot do).
 */
@RestController
@RequestMapping("/api/v1/public/demands")
@Tag(name = "Public demands", description = "Demands submitted by the public, moderated by the office")
class PublicDemandRestController {

	private final PublicSubmissions submissions;

	PublicDemandRestController(PublicSubmissions submissions) {
		this.submissions = submissions;
	}

	@PostMapping
	@Operation(summary = "Submit a demand for moderation (anonymous)",
			description = "At most a few submissions per hour from one address (429 beyond). Title up to 200 characters, "
					+ "text up to 10,000. Answers 202 with a thank-you message; the demand is published once the office approves it.")
	ResponseEntity<Map<String, String>> submit(@Valid @RequestBody SubmitPublicDemand body, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message", this.submissions.submit(body, request.getRemoteAddr())));
	}

}
