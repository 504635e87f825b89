package org.uniregion.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One entry of an agreement's status history, written once and never changed. */
@Entity
@Table(name = "agreement_status_change")
class AgreementStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long agreementId;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private AgreementStatus toStatus;

	private @Nullable String reason;

	private Instant changedAt;

	private String changedBy;

	protected AgreementStatusChange() {
		this.toStatus = AgreementStatus.DRAFT;
		this.changedAt = Instant.now();
		this.changedBy = "";
	}

	AgreementStatusChange(long agreementId, AgreementStatusChanged event, String changedBy) {
		this.agreementId = agreementId;
		this.fromStatus = event.from();
		this.toStatus = event.to();
		this.reason = event.reason();
		this.changedAt = event.at();
		this.changedBy = changedBy;
	}

	StatusChangeView toView() {
		return new StatusChangeView(this.fromStatus, this.toStatus, this.reason, this.changedAt, this.changedBy);
	}

}
