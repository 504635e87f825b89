package org.uniregion.lead;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.shared.Audited;
import org.uniregion.shared.BusinessRuleException;

/**
 * A lead: interest in a published research result, with who sent it and a snapshot of the result's title. Its
 * scope is the result's owner, so that a researcher sees the interest in its own results.
 */
@Entity
@Table(name = "lead")
@Audited("lead")
class Lead implements ScopedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long resultId;

	private String resultTitle = "";

	private @Nullable Long resultOwnerId;

	private String name = "";

	private String organization = "";

	private String email = "";

	private @Nullable String phone;

	private String message = "";

	@Enumerated(EnumType.STRING)
	private LeadStatus status = LeadStatus.NEW;

	private @Nullable Instant statusChangedAt;

	/** Sent with the honeypot filled: kept for the office to see and filter, not announced as a new lead. */
	private boolean suspectedSpam;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Lead() {
	}

	Lead(long resultId, String resultTitle, @Nullable Long resultOwnerId, ExpressInterest interest) {
		this.resultId = resultId;
		this.resultTitle = resultTitle.length() > 500 ? resultTitle.substring(0, 500) : resultTitle;
		this.resultOwnerId = resultOwnerId;
		this.name = interest.name().trim();
		this.organization = interest.organization().trim();
		this.email = interest.email().trim();
		this.phone = interest.phone() == null || interest.phone().isBlank() ? null : interest.phone().trim();
		this.message = interest.message().trim();
		this.suspectedSpam = interest.isBot();
	}

	boolean isSuspectedSpam() {
		return this.suspectedSpam;
	}

	/** Moves to {@code to} if the lifecycle allows it. */
	void moveTo(LeadStatus to) {
		if (!this.status.canMoveTo(to)) {
			throw new BusinessRuleException("lead.status.invalid", label(this.status), label(to));
		}
		this.status = to;
		this.statusChangedAt = Instant.now();
		this.updatedAt = this.statusChangedAt;
	}

	static DefaultMessageSourceResolvable label(LeadStatus s) {
		return new DefaultMessageSourceResolvable(new String[] { s.messageKey() }, s.name());
	}

	@Override
	public @Nullable String scopeRegionCode() {
		return null;
	}

	@Override
	public @Nullable Long scopeOwnerId() {
		return this.resultOwnerId;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Lead not saved yet");
		}
		return this.id;
	}

	LeadStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	LeadView toView() {
		return new LeadView(id(), this.resultId, this.resultTitle, this.resultOwnerId, this.name, this.organization,
				this.email, this.phone, this.message, this.status, this.status.next(), this.createdAt, this.updatedAt,
				this.statusChangedAt, this.version, this.suspectedSpam);
	}

	LeadReceived received() {
		return new LeadReceived(id(), this.resultId, this.resultOwnerId, this.createdAt);
	}

}
