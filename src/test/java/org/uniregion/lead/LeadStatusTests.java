package org.uniregion.lead;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.uniregion.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle of a lead: new → contacted → qualified / closed; a new lead may be closed; closed is final. */
class LeadStatusTests {

	private static Lead lead() {
		return new Lead(1, "A result", 7L, new ExpressInterest("Li Lei", "Wuxi Robotics", "li@example.com", null, "Hello", null));
	}

	@Test
	void theAllowedMoves() {
		assertThat(LeadStatus.NEW.next()).containsExactlyInAnyOrder(LeadStatus.CONTACTED, LeadStatus.CLOSED);
		assertThat(LeadStatus.CONTACTED.next()).containsExactlyInAnyOrder(LeadStatus.QUALIFIED, LeadStatus.CLOSED);
		assertThat(LeadStatus.QUALIFIED.next()).containsExactly(LeadStatus.CLOSED);
		assertThat(LeadStatus.CLOSED.next()).isEmpty();
		for (LeadStatus s : LeadStatus.values()) {
			assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
			assertThat(s.canMoveTo(LeadStatus.NEW)).as(s.name()).isFalse();
		}
	}

	@Test
	void aLeadGoesThroughContactedToQualifiedAndClosed() {
		Lead lead = lead();
		assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
		for (LeadStatus to : List.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.CLOSED)) {
			lead.moveTo(to);
			assertThat(lead.getStatus()).isEqualTo(to);
		}
	}

	@Test
	void aNewLeadCannotBeQualifiedWithoutContactAndAClosedLeadStaysClosed() {
		Lead lead = lead();
		assertThatThrownBy(() -> lead.moveTo(LeadStatus.QUALIFIED)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> assertThat(((BusinessRuleException) e).code()).isEqualTo("lead.status.invalid"));
		lead.moveTo(LeadStatus.CLOSED);
		for (LeadStatus to : LeadStatus.values()) {
			assertThatThrownBy(() -> lead.moveTo(to)).isInstanceOf(BusinessRuleException.class);
		}
	}

	@Test
	void theScopeIsTheResultOwnerAndTheTextIsTrimmed() {
		Lead lead = new Lead(1, "A result", 7L, new ExpressInterest(" Li Lei ", " Wuxi Robotics ", " li@example.com ", " ", " Hello ", null));
		assertThat(lead.scopeOwnerId()).isEqualTo(7L);
		assertThat(lead.scopeRegionCode()).isNull();
		assertThat(new ExpressInterest("a", "b", "c@d.e", null, "m", "http://spam").isBot()).isTrue();
		assertThat(new ExpressInterest("a", "b", "c@d.e", null, "m", " ").isBot()).isFalse();
	}

}
