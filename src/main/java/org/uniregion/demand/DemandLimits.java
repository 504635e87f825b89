package org.uniregion.demand;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uniregion.platform.SubmissionLimiter;

/** The rate limit of the public demand form, the platform's mechanism with the module's own count. */
@Configuration(proxyBeanMethods = false)
class DemandLimits {

	@Bean
	SubmissionLimiter demandSubmissionLimiter(@Value("${uniregion.demand.public-submissions-per-hour:5}") int limit) {
		return new SubmissionLimiter(limit);
	}

}
