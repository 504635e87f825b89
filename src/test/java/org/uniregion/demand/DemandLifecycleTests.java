package org.uniregion.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.uniregion.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandLifecycleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static Demand.Terms terms(LocalDate deadline) {
		return new Demand.Terms("演示 标题", "问题描述", "39", "320200", new BigDecimal("1000"), deadline, "联系人",
				"+86 510 1234 5678", null);
	}

	@Test
	void publicSubmissionsWaitForModerationOthersAreOpen() {
		assertThat(new Demand(terms(TODAY), DemandSource.PUBLIC, null, null, TODAY, false).getStatus())
			.isEqualTo(DemandStatus.SUBMITTED);
		for (DemandSource s : new DemandSource[] { DemandSource.ENTERPRISE, DemandSource.REGION_PARTNER, DemandSource.STAFF }) {
			assertThat(new Demand(terms(TODAY), s, 7L, 3L, TODAY, false).getStatus()).isEqualTo(DemandStatus.OPEN);
		}
	}

	@Test
	void approvalOpensAndPublishes() {
		Demand d = new Demand(terms(TODAY.plusDays(3)), DemandSource.PUBLIC, null, null, TODAY, false);
		assertThat(d.moveTo(DemandStatus.OPEN, null)).isInstanceOf(DemandOpened.class);
		assertThat(d.getStatus()).isEqualTo(DemandStatus.OPEN);
		assertThat(d.moveTo(DemandStatus.MATCHED, null)).isNull();
		Object closed = d.moveTo(DemandStatus.CLOSED, "done");
		assertThat(closed).isInstanceOf(DemandClosed.class);
		assertThat(((DemandClosed) closed).from()).isEqualTo(DemandStatus.MATCHED);
	}

	@Test
	void rejectionNeedsAReason() {
		Demand d = new Demand(terms(TODAY), DemandSource.PUBLIC, null, null, TODAY, false);
		assertThatThrownBy(() -> d.moveTo(DemandStatus.CLOSED, " ")).isInstanceOf(BusinessRuleException.class)
			.satisfies(ex -> assertThat(((BusinessRuleException) ex).field()).isEqualTo("reason"));
		d.moveTo(DemandStatus.CLOSED, "spam");
		assertThat(d.getStatus()).isEqualTo(DemandStatus.CLOSED);
		assertThat(d.getStatusReason()).isEqualTo("spam");
	}

	@Test
	void forbiddenMovesAreRefused() {
		Demand d = new Demand(terms(TODAY), DemandSource.STAFF, null, null, TODAY, false);
		assertThatThrownBy(() -> d.moveTo(DemandStatus.EXPIRED, null)).hasMessageContaining("demand.transition.invalid");
		assertThatThrownBy(() -> d.moveTo(DemandStatus.SUBMITTED, null)).hasMessageContaining("demand.transition.invalid");
		d.moveTo(DemandStatus.CLOSED, null);
		assertThatThrownBy(() -> d.moveTo(DemandStatus.OPEN, null)).hasMessageContaining("demand.transition.invalid");
		assertThatThrownBy(() -> d.change(terms(TODAY), TODAY)).hasMessageContaining("demand.final");
		assertThat(d.isDeletable()).isFalse();
	}

	@Test
	void expiresOnlyAfterTheDeadlineWhileSubmittedOrOpen() {
		Demand d = new Demand(terms(TODAY), DemandSource.STAFF, null, null, TODAY, false);
		assertThat(d.expire(TODAY)).isNull();
		DemandClosed e = d.expire(TODAY.plusDays(1));
		assertThat(e).isNotNull();
		assertThat(e.status()).isEqualTo(DemandStatus.EXPIRED);
		assertThat(d.getStatus()).isEqualTo(DemandStatus.EXPIRED);

		Demand matched = new Demand(terms(TODAY), DemandSource.STAFF, null, null, TODAY, false);
		matched.moveTo(DemandStatus.MATCHED, null);
		assertThat(matched.expire(TODAY.plusDays(10))).isNull();

		Demand noDeadline = new Demand(terms(TODAY), DemandSource.STAFF, null, null, TODAY, false);
		noDeadline.change(new Demand.Terms("t", "x", null, "320200", null, null, "c", null, "a@example.com"), TODAY);
		assertThat(noDeadline.expire(TODAY.plusYears(5))).isNull();
	}

	@Test
	void validatesDeadlineBudgetAndContact() {
		assertThatThrownBy(() -> new Demand(terms(TODAY.minusDays(1)), DemandSource.STAFF, null, null, TODAY, false))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("demand.deadline.past");
		assertThatThrownBy(() -> new Demand(new Demand.Terms("t", "x", null, "320200", new BigDecimal("-1"), null, "c", "123456", null),
				DemandSource.STAFF, null, null, TODAY, false)).hasMessageContaining("demand.budget.negative");
		assertThatThrownBy(() -> new Demand(new Demand.Terms("t", "x", null, "320200", null, null, "c", " ", null),
				DemandSource.STAFF, null, null, TODAY, false)).hasMessageContaining("demand.contact.required");
	}

	@Test
	void aDeadlineThatPassedMayBeKeptButNotSetAnew() {
		Demand d = new Demand(terms(TODAY), DemandSource.STAFF, null, null, TODAY, false);
		LocalDate later = TODAY.plusDays(5);
		d.change(terms(TODAY), later); // unchanged, passed meanwhile
		assertThatThrownBy(() -> d.change(terms(TODAY.plusDays(1)), later)).hasMessageContaining("demand.deadline.past");
	}

}
