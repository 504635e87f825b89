package org.uniregion.lead;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * address (429), then the result must be published (404). A message that filled the honeypot is not dropped: it
 * is stored flagged as suspected spam for the office, counted ({@code uniregion.honeypot.caught}) and logged in
 * one line without personal data. Bean validation (size limits) runs before, in the web layer, and answers 400.
 */
@Component
class PublicInterest {

	private final SubmissionLimiter limiter;

	private final LeadService leads;

	private static final Logger log = LoggerFactory.getLogger(PublicInterest.class);

	private final MessageSource messages;

	private final Counter caught;

	PublicInterest(@Qualifier("leadSubmissionLimiter") SubmissionLimiter limiter, LeadService leads,
			MessageSource messages, MeterRegistry meters) {
		this.limiter = limiter;
		this.leads = leads;
		this.messages = messages;
		this.caught = Counter.builder("uniregion.honeypot.caught").tag("form", "interest")
			.description("Public submissions that filled the honeypot, kept for moderation as suspected spam")
			.register(meters);
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

	/** Checks the rate and the result, stores the lead; answers the thank-you message. */
	String send(long resultId, ExpressInterest interest, String address) {
		checkRate(address);
		this.leads.publishedResult(resultId);
		receive(resultId, interest);
		return thanks();
	}

	/** Stores a checked lead (the page checks the rate itself); one caught by the honeypot is counted and logged. */
	void receive(long resultId, ExpressInterest interest) {
		LeadView lead = this.leads.receive(resultId, interest);
		if (lead.suspectedSpam()) {
			this.caught.increment();
			log.info("Lead {} caught by the honeypot: kept for the office as suspected spam ({} so far)", lead.id(),
					(long) this.caught.count());
		}
	}

	String thanks() {
		return this.messages.getMessage("lead.interest.thanks", null, LocaleContextHolder.getLocale());
	}

}
