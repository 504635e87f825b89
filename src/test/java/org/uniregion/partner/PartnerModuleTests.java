package org.uniregion.partner;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner module on its own with the modules it depends on (region, platform), without the audit trail
 * or anything else: what it publishes when an agreement changes status. It has a database of its own: the
 * other modules' Java migrations are not part of this context, and the shared test database has them applied.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "uniregion.data-dir=${uniregion.test.partner-module-data-dir}")
class PartnerModuleTests {

	static {
		System.setProperty("uniregion.test.partner-module-data-dir",
				System.getProperty("uniregion.data-dir", "target/test-data/local") + "-partner-module");
	}

	private static final Caller STAFF = new Caller(2L, "staff", Role.STAFF, null, null);

	@Autowired
	AgreementService agreements;

	@Test
	void creatingAndSigningAnAgreementPublishesItsStatusChanges(Scenario scenario) {
		String start = LocalDate.now().plusDays(10).toString();
		String end = LocalDate.now().plusYears(3).toString();
		SaveAgreement draft = new SaveAgreement("Module test agreement", "530100", null, LocalDate.now().toString(), start, end,
				Set.of(CollaborationArea.JOINT_RESEARCH), null, null, null, null);

		AtomicReference<AgreementView> createdRef = new AtomicReference<>();
		scenario.stimulate(() -> this.agreements.create(STAFF, draft))
			.andWaitForEventOfType(AgreementStatusChanged.class)
			.matching(e -> e.from() == null && e.to() == AgreementStatus.DRAFT)
			.toArriveAndVerify((event, view) -> {
				assertThat(event.agreementId()).isEqualTo(view.id());
				assertThat(event.regionCode()).isEqualTo("530100");
				createdRef.set(view);
			});
		AgreementView created = createdRef.get();

		scenario.stimulate(() -> this.agreements.transition(STAFF, created.id(), new ChangeAgreementStatus(AgreementStatus.SIGNED,
				created.version(), null)))
			.andWaitForEventOfType(AgreementStatusChanged.class)
			.matching(e -> e.agreementId() == created.id() && e.to() == AgreementStatus.SIGNED)
			.toArriveAndVerify(e -> assertThat(e.from()).isEqualTo(AgreementStatus.DRAFT));
	}

}
