package org.uniregion.lead;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.uniregion.platform.SubmissionLimiter;

/**
 * The abuse protection of the express-interest form, shared by the page and the API: the rate limit per remote
 * address (429), then the result must be published (404), then the honeypot (a bot gets the same thanks,
 * nothing is stored). Bean validation (size limits) runs before, in the web layer, and answers 400.
 */
@Component
class PublicInterest {

	private final SubmissionLimiter limiter;

	private final LeadService leads;

	private final MessageSource messages;

	PublicInterest(@Qualifier("leadSubmissionLimiter") SubmissionLimiter limiter, LeadService leads, MessageSource messages) {
		this.limiter = limiter;
		this.leads = leads;
		this.messages = messages;
	}

	/** Throws 429 when the address has sent too many messages lately. */
	void checkRate(String address) {
		if (!this.limiter.tryAcquire(address)) {
			var locale = LocaleContextHolder.getLocale();
			ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					this.messages.getMessage("lead.interest.tooMany", new Object[] { this.limiter.limit() }, locale));
			p.setTitle(this.messages.getMessage("lead.interest.tooMany.title", null, locale));
			p.setProperty("code", "lead.interest.tooMany");
			throw new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, p, null);
		}
	}

	/** Checks the rate, the result and the honeypot, stores the lead; answers the thank-you message. */
	String send(long resultId, ExpressInterest interest, String address) {
		checkRate(address);
		this.leads.publishedResult(resultId);
		if (!interest.isBot()) {
			this.leads.receive(resultId, interest);
		}
		return thanks();
	}

	String thanks() {
		return this.messages.getMessage("lead.interest.thanks", null, LocaleContextHolder.getLocale());
	}

}
