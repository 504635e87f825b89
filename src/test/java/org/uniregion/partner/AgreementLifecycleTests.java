package org.uniregion.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uniregion.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uniregion.partner.AgreementStatus.DRAFT;
import static org.uniregion.partner.AgreementStatus.EXPIRED;
import static org.uniregion.partner.AgreementStatus.EXPIRING;
import static org.uniregion.partner.AgreementStatus.IN_FORCE;
import static org.uniregion.partner.AgreementStatus.RENEWED;
import static org.uniregion.partner.AgreementStatus.SIGNED;
import static org.uniregion.partner.AgreementStatus.TERMINATED;

class AgreementLifecycleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final int WINDOW = 90;

	static Agreement agreement(LocalDate signing, LocalDate start, LocalDate end) {
		return new Agreement(new Agreement.Terms("Demo", "320200", null, signing, start, end,
				EnumSet.of(CollaborationArea.TALENT), null, BigDecimal.TEN, null), "320200", false);
	}

	/** An agreement brought into {@code status} through the allowed moves. */
	static Agreement in(AgreementStatus status) {
		Agreement a = switch (status) {
			case EXPIRED -> agreement(TODAY.minusYears(3), TODAY.minusYears(3), TODAY.minusDays(1));
			case EXPIRING -> agreement(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusDays(30));
			default -> agreement(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusYears(2));
		};
		switch (status) {
			case DRAFT -> {
			}
			case SIGNED -> a.moveTo(SIGNED, null, TODAY, WINDOW);
			case IN_FORCE -> {
				a.moveTo(SIGNED, null, TODAY, WINDOW);
				a.moveTo(IN_FORCE, null, TODAY, WINDOW);
			}
			case EXPIRING, EXPIRED -> {
				a.moveTo(SIGNED, null, TODAY, WINDOW);
				a.moveTo(IN_FORCE, null, TODAY, WINDOW);
				a.advance(TODAY, WINDOW);
			}
			case RENEWED -> {
				a.moveTo(SIGNED, null, TODAY, WINDOW);
				a.moveTo(IN_FORCE, null, TODAY, WINDOW);
				a.renewedBy(a.successorDraft(), null);
			}
			case TERMINATED -> a.moveTo(TERMINATED, "Partner withdrew", TODAY, WINDOW);
		}
		assertThat(a.getStatus()).isEqualTo(status);
		return a;
	}

	@Test
	void goesThroughTheWholeLifecycle() {
		Agreement a = agreement(TODAY.minusDays(10), TODAY.minusDays(5), TODAY.plusDays(60));
		AgreementStatusChanged signed = a.moveTo(SIGNED, null, TODAY, WINDOW);
		assertThat(signed.from()).isEqualTo(DRAFT);
		assertThat(signed.to()).isEqualTo(SIGNED);
		a.moveTo(IN_FORCE, null, TODAY, WINDOW);
		a.moveTo(EXPIRING, null, TODAY, WINDOW);
		a.moveTo(EXPIRED, null, TODAY.plusDays(61), WINDOW);
		assertThat(a.getStatus()).isEqualTo(EXPIRED);
		assertThat(a.getStatus().isFinal()).isTrue();
	}

	/** Every pair of statuses that the lifecycle does not allow is refused, whatever the dates. */
	@Test
	void refusesEveryForbiddenTransition() {
		List<String> checked = new ArrayList<>();
		for (AgreementStatus from : AgreementStatus.values()) {
			for (AgreementStatus to : AgreementStatus.values()) {
				if (from.canMoveTo(to)) {
					continue;
				}
				Agreement a = in(from);
				assertThatThrownBy(() -> a.moveTo(to, "reason", TODAY.plusYears(10), WINDOW))
					.as(from + " → " + to)
					.isInstanceOf(BusinessRuleException.class)
					.extracting(e -> ((BusinessRuleException) e).code())
					.isEqualTo("agreement.transition.invalid");
				assertThat(a.getStatus()).isEqualTo(from);
				checked.add(from + "→" + to);
			}
		}
		// 7×7 pairs minus the 11 allowed moves
		assertThat(checked).hasSize(49 - 11);
	}

	@ParameterizedTest
	@EnumSource(value = AgreementStatus.class, names = { "EXPIRED", "RENEWED", "TERMINATED" })
	void finalStatesAreFinal(AgreementStatus status) {
		Agreement a = in(status);
		assertThat(a.nextStatuses()).isEmpty();
		assertThatThrownBy(() -> a.change(a.terms(), "320200")).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).code())
			.isEqualTo("agreement.final");
		assertThatThrownBy(a::successorDraft).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void signingNeedsTheDates() {
		Agreement noSigning = new Agreement(new Agreement.Terms("Demo", "320200", null, null, TODAY, TODAY.plusYears(1),
				Set.of(CollaborationArea.TALENT), null, null, null), "320200", false);
		assertThatThrownBy(() -> noSigning.moveTo(SIGNED, null, TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("signingDate"));
		Agreement noEnd = new Agreement(new Agreement.Terms("Demo", "320200", null, TODAY, TODAY, null,
				Set.of(CollaborationArea.TALENT), null, null, null), "320200", false);
		assertThatThrownBy(() -> noEnd.moveTo(SIGNED, null, TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("endDate"));
		Agreement signedTomorrow = agreement(TODAY.plusDays(1), TODAY, TODAY.plusYears(1));
		assertThatThrownBy(() -> signedTomorrow.moveTo(SIGNED, null, TODAY, WINDOW))
			.isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).code())
			.isEqualTo("agreement.sign.signingDateFuture");
		assertThat(signedTomorrow.getStatus()).isEqualTo(DRAFT);
	}

	@Test
	void refusesAnEndThatIsNotAfterTheStart() {
		assertThatThrownBy(() -> agreement(TODAY, TODAY, TODAY)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("endDate"));
		assertThatThrownBy(() -> agreement(TODAY, TODAY, TODAY.minusDays(1))).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void signingMayComeAfterTheStart() {
		Agreement a = agreement(TODAY, TODAY.minusMonths(1), TODAY.plusYears(1));
		a.moveTo(SIGNED, null, TODAY, WINDOW);
		assertThat(a.getStatus()).isEqualTo(SIGNED);
	}

	@Test
	void comesIntoForceOnlyOnceStarted() {
		Agreement a = agreement(TODAY, TODAY.plusDays(10), TODAY.plusYears(1));
		a.moveTo(SIGNED, null, TODAY, WINDOW);
		assertThatThrownBy(() -> a.moveTo(IN_FORCE, null, TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).code())
			.isEqualTo("agreement.inForce.notStarted");
		a.moveTo(IN_FORCE, null, TODAY.plusDays(10), WINDOW);
		assertThat(a.getStatus()).isEqualTo(IN_FORCE);
	}

	@Test
	void expiringOnlyWithinTheWindowAndExpiredOnlyAfterTheEnd() {
		Agreement a = in(IN_FORCE); // ends in two years
		assertThatThrownBy(() -> a.moveTo(EXPIRING, null, TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).code())
			.isEqualTo("agreement.expiring.notYet");
		assertThatThrownBy(() -> a.moveTo(EXPIRED, null, TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).code())
			.isEqualTo("agreement.expired.notYet");
		assertThat(a.getStatus()).isEqualTo(IN_FORCE);
	}

	@Test
	void terminationNeedsAReason() {
		Agreement a = in(IN_FORCE);
		assertThatThrownBy(() -> a.moveTo(TERMINATED, " ", TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("reason"));
		AgreementStatusChanged event = a.moveTo(TERMINATED, "Merged into the Jiangsu agreement", TODAY, WINDOW);
		assertThat(event.reason()).isEqualTo("Merged into the Jiangsu agreement");
		assertThat(a.getStatusReason()).isEqualTo("Merged into the Jiangsu agreement");
	}

	@ParameterizedTest
	@EnumSource(value = AgreementStatus.class, names = { "DRAFT", "SIGNED", "IN_FORCE", "EXPIRING" })
	void everyNonFinalStateMayBeTerminated(AgreementStatus status) {
		Agreement a = in(status);
		a.moveTo(TERMINATED, "reason", TODAY, WINDOW);
		assertThat(a.getStatus()).isEqualTo(TERMINATED);
	}

	@Test
	void renewalNeedsASuccessorAndCopiesTheTerm() {
		Agreement a = agreement(TODAY.minusYears(1), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
		a.moveTo(SIGNED, null, TODAY, WINDOW);
		a.moveTo(IN_FORCE, null, TODAY, WINDOW);
		assertThatThrownBy(() -> a.moveTo(RENEWED, null, TODAY, WINDOW)).isInstanceOf(BusinessRuleException.class)
			.extracting(e -> ((BusinessRuleException) e).code())
			.isEqualTo("agreement.renew.needsSuccessor");
		Agreement next = a.successorDraft();
		assertThat(next.getStatus()).isEqualTo(DRAFT);
		assertThat(next.getStartDate()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(next.getEndDate()).isEqualTo(LocalDate.of(2028, 12, 31));
		assertThat(next.getAreas()).containsExactly(CollaborationArea.TALENT);
		assertThat(next.getSigningDate()).isNull();
		a.renewedBy(next, null);
		assertThat(a.getStatus()).isEqualTo(RENEWED);
	}

	@Test
	void timeMovesAgreementsByItself() {
		Agreement starting = agreement(TODAY.minusDays(3), TODAY, TODAY.plusYears(2));
		starting.moveTo(SIGNED, null, TODAY.minusDays(3), WINDOW);
		assertThat(starting.advance(TODAY, WINDOW)).extracting(AgreementStatusChanged::to).containsExactly(IN_FORCE);

		Agreement nearEnd = agreement(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusDays(30));
		nearEnd.moveTo(SIGNED, null, TODAY, WINDOW);
		nearEnd.moveTo(IN_FORCE, null, TODAY, WINDOW);
		assertThat(nearEnd.advance(TODAY, WINDOW)).extracting(AgreementStatusChanged::to).containsExactly(EXPIRING);
		assertThat(nearEnd.advance(TODAY, WINDOW)).isEmpty();

		Agreement farEnd = in(IN_FORCE);
		assertThat(farEnd.advance(TODAY, WINDOW)).isEmpty();

		// A signed agreement whose whole term has passed goes all the way in one run.
		Agreement past = agreement(TODAY.minusYears(3), TODAY.minusYears(3), TODAY.minusDays(1));
		past.moveTo(SIGNED, null, TODAY, WINDOW);
		assertThat(past.advance(TODAY, WINDOW)).extracting(AgreementStatusChanged::to)
			.containsExactly(IN_FORCE, EXPIRED);
		// The last day is still in force.
		Agreement lastDay = agreement(TODAY.minusYears(1), TODAY.minusYears(1), TODAY);
		lastDay.moveTo(SIGNED, null, TODAY, WINDOW);
		assertThat(lastDay.advance(TODAY, WINDOW)).extracting(AgreementStatusChanged::to)
			.containsExactly(IN_FORCE, EXPIRING);
	}

	@Test
	void signedAgreementsKeepTheirDatesInOrder() {
		Agreement a = in(SIGNED);
		Agreement.Terms t = a.terms();
		Agreement.Terms withoutSigning = new Agreement.Terms(t.title(), t.counterpartRegionCode(), t.organizationId(), null,
				t.startDate(), t.endDate(), t.areas(), t.resources(), t.resourcesAmount(), t.notes());
		assertThatThrownBy(() -> a.change(withoutSigning, "320200")).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("signingDate"));
	}

	@Test
	void needsAnAreaAndACounterpart() {
		assertThatThrownBy(() -> new Agreement(new Agreement.Terms("Demo", "320200", null, null, null, null,
				Set.of(), null, null, null), "320200", false)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("areas"));
		assertThatThrownBy(() -> new Agreement(new Agreement.Terms("Demo", null, null, null, null, null,
				Set.of(CollaborationArea.TALENT), null, null, null), "320200", false)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("regionCode"));
	}

	@Test
	void encodesAreasForSearch() {
		assertThat(Agreement.encode(EnumSet.of(CollaborationArea.PLATFORM, CollaborationArea.TALENT)))
			.isEqualTo(",TALENT,PLATFORM,");
		assertThat(Agreement.decode(",TALENT,PLATFORM,")).containsExactly(CollaborationArea.TALENT,
				CollaborationArea.PLATFORM);
	}

}
