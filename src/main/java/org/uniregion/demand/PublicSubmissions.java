package org.uniregion.demand;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.uniregion.platform.SubmissionLimiter;

/**
 * The abuse protection of the public form, shared by the page and the API: the rate limit per remote address
 * (429), then the honeypot (a bot gets the same thanks, nothing is stored), then the service's own checks.
 * Bean validation (size limits) runs before, in the web layer, and answers 400.
 */
@Component
class PublicSubmissions {

	private final SubmissionLimiter limiter;

	private final DemandService demands;

	private final MessageSource messages;

	PublicSubmissions(@Qualifier("demandSubmissionLimiter") SubmissionLimiter limiter, DemandService demands, MessageSource messages) {
		this.limiter = limiter;
		this.demands = demands;
		this.messages = messages;
	}

	/** Throws 429 when the address has sent too many submissions lately. */
	void checkRate(String address) {
		if (!this.limiter.tryAcquire(address)) {
			var locale = LocaleContextHolder.getLocale();
			ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					this.messages.getMessage("demand.public.tooMany", new Object[] { this.limiter.limit() }, locale));
			p.setTitle(this.messages.getMessage("demand.public.tooMany.title", null, locale));
			p.setProperty("code", "demand.public.tooMany");
			throw new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, p, null);
		}
	}

	/** Checks the rate and the honeypot, stores the demand for moderation; answers the thank-you message. */
	String submit(SubmitPublicDemand cmd, String address) {
		checkRate(address);
		if (!cmd.isBot()) {
			this.demands.submitPublic(cmd);
		}
		return thanks();
	}

	/** Stores a checked, human submission (the page checks rate and honeypot itself, to answer in its form). */
	void demandsSubmit(SubmitPublicDemand cmd) {
		this.demands.submitPublic(cmd);
	}

	String thanks() {
		return this.messages.getMessage("demand.public.thanks", null, LocaleContextHolder.getLocale());
	}

}
