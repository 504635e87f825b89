package org.uniregion.demand;

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
 * The abuse protection of the public form, shared by the page and the API: the rate limit per remote address
 * (429), then the service's own checks. A submission that filled the honeypot is not dropped: it is stored for
 * moderation like any other, flagged as suspected spam, counted ({@code uniregion.honeypot.caught}) and logged
 * in one line without personal data. Bean validation (size limits) runs before, in the web layer, and answers 400.
 */
@Component
class PublicSubmissions {

	private final SubmissionLimiter limiter;

	private final DemandService demands;

	private static final Logger log = LoggerFactory.getLogger(PublicSubmissions.class);

	private final MessageSource messages;

	private final Counter caught;

	PublicSubmissions(@Qualifier("demandSubmissionLimiter") SubmissionLimiter limiter, DemandService demands,
			MessageSource messages, MeterRegistry meters) {
		this.limiter = limiter;
		this.demands = demands;
		this.messages = messages;
		this.caught = Counter.builder("uniregion.honeypot.caught").tag("form", "demand")
			.description("Public submissions that filled the honeypot, kept for moderation as suspected spam")
			.register(meters);
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

	/** Checks the rate, stores the demand for moderation; answers the thank-you message. */
	String submit(SubmitPublicDemand cmd, String address) {
		checkRate(address);
		demandsSubmit(cmd);
		return thanks();
	}

	/**
	 * Stores a submission for moderation (the page checks the rate itself, to answer in its form); one caught by
	 * the honeypot is flagged, counted and logged.
	 */
	void demandsSubmit(SubmitPublicDemand cmd) {
		long id = this.demands.submitPublic(cmd);
		if (cmd.isBot()) {
			this.caught.increment();
			log.info("Public demand {} caught by the honeypot: kept for moderation as suspected spam ({} so far)", id,
					(long) this.caught.count());
		}
	}

	String thanks() {
		return this.messages.getMessage("demand.public.thanks", null, LocaleContextHolder.getLocale());
	}

}
