package org.uniregion.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.core.support.RepositoryMethodInvocationListener;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.uniregion.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request and no repository call is timed for metrics nobody reads (only health and info are exposed): those
 * timers were a fifth of a list request's CPU.
 */
@IntegrationTest
class UnreadMetricsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void requestsAndRepositoryCallsAreNotTimed() {
		assertThat(this.context.getBeanNamesForType(ServerHttpObservationFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch(registration -> registration.getFilter() instanceof ServerHttpObservationFilter);
		assertThat(this.context.getBeanNamesForType(RepositoryMethodInvocationListener.class)).isEmpty();
	}

}
