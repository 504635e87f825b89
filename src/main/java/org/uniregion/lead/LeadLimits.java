package org.uniregion.lead;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uniregion.platform.SubmissionLimiter;

/** The rate limit of the express-interest form: the platform's mechanism, with the module's own count. */
@Configuration(proxyBeanMethods = false)
class LeadLimits {

	@Bean
	SubmissionLimiter leadSubmissionLimiter(@Value("${uniregion.lead.interest-per-hour:5}") int limit) {
		return new SubmissionLimiter(limit);
	}

}
