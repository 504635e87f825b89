package org.uniregion.partner;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** With demo data switched off (production), the demo partners are not even a bean. */
class DemoPartnersSwitchTests {

	@Test
	void noDemoPartnersWhenDemoDataIsOff() {
		new ApplicationContextRunner().withPropertyValues("uniregion.demo.enabled=false")
			.withUserConfiguration(DemoPartners.class)
			.run(context -> assertThat(context).doesNotHaveBean(DemoPartners.class));
	}

}
