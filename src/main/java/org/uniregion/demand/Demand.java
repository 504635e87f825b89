package org.uniregion.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.search.Analyzers;
import org.uniregion.search.IndustryDivisions;
import org.uniregion.shared.Audited;
import org.uniregion.shared.BusinessRuleException;

/**
 * A technology demand (技术需求). It guards its own rules: the terms a user may change and when, a deadline that
 * does not lie in the past when set, a contact that can be reached, and every status change through
 * {@link #moveTo} or {@link #expire}, which answer the event to publish.
 */
@Entity
@Table(name = "demand")
@Audited("demand")
@Indexed(index = "demand")
class Demand implements ScopedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demand_id")
	@SequenceGenerator(name = "demand_id", sequenceName = "demand_id_seq", allocationSize = 50)
	private @Nullable Long id;

	@FullTextField(analyzer = Analyzers.TEXT, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED },
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@KeywordField(name = "title_sort", normalizer = Analyzers.SORT, sortable = Sortable.YES)
	private String title;

	@FullTextField(analyzer = Analyzers.TEXT, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED },
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private String text;

	private @Nullable String industryCode;

	@KeywordField
	private String regionCode;

	@ScaledNumberField(decimalScale = 2, sortable = Sortable.YES)
	private @Nullable BigDecimal budget;

	@GenericField(sortable = Sortable.YES)
	private @Nullable LocalDate deadline;

	private String contactName;

	private @Nullable String contactPhone;

	private @Nullable String contactEmail;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private DemandSource source;

	@GenericField
	private @Nullable Long organizationId;

	@GenericField
	private @Nullable Long ownerId;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private DemandStatus status;

	private @Nullable String statusReason;

	private @Nullable Instant statusChangedAt;

	@GenericField
	private boolean demo;

	/** A public submission that filled the honeypot: kept for moderation, shown to the office as suspected spam. */
	private boolean suspectedSpam;

	@GenericField(sortable = Sortable.YES)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	/** The GB/T 4754 division (大类) of the demand's industry, for the facet. */
	@KeywordField(name = "industry", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "industryCode")))
	@Nullable String getIndustryDivision() {
		return this.industryCode == null ? null : IndustryDivisions.of(this.industryCode);
	}

	/** The province of the demand's region, for the facet. */
	@KeywordField(name = "province", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionCode")))
	String getProvince() {
		return this.regionCode.substring(0, 2) + "0000";
	}

	protected Demand() {
		this.title = "";
		this.text = "";
		this.regionCode = "";
		this.contactName = "";
		this.source = DemandSource.STAFF;
		this.status = DemandStatus.OPEN;
	}

	/** The values of a demand that its author edits (codes already checked to be real). */
	record Terms(String title, String text, @Nullable String industryCode, String regionCode, @Nullable BigDecimal budget,
			@Nullable LocalDate deadline, String contactName, @Nullable String contactPhone, @Nullable String contactEmail) {
	}

	/**
	 * A new demand. Public submissions wait for moderation (SUBMITTED), all others are open at once.
	 */
	Demand(Terms terms, DemandSource source, @Nullable Long organizationId, @Nullable Long ownerId, LocalDate today,
			boolean demo) {
		this();
		this.source = source;
		this.organizationId = organizationId;
		this.ownerId = ownerId;
		this.demo = demo;
		this.status = source == DemandSource.PUBLIC ? DemandStatus.SUBMITTED : DemandStatus.OPEN;
		this.statusChangedAt = Instant.now();
		apply(terms, today);
	}

	/** Changes the terms; a closed or expired demand is no longer changed. */
	void change(Terms terms, LocalDate today) {
		if (this.status.isFinal()) {
			throw new BusinessRuleException("demand.final", label(this.status));
		}
		apply(terms, today);
	}

	private void apply(Terms t, LocalDate today) {
		if (t.budget() != null && t.budget().signum() < 0) {
			throw BusinessRuleException.onField("budget", "demand.budget.negative");
		}
		// A deadline kept as it was may have passed meanwhile; a new one must not lie in the past.
		if (t.deadline() != null && t.deadline().isBefore(today) && !Objects.equals(t.deadline(), this.deadline)) {
			throw BusinessRuleException.onField("deadline", "demand.deadline.past", t.deadline().toString());
		}
		if (blankToNull(t.contactPhone()) == null && blankToNull(t.contactEmail()) == null) {
			throw BusinessRuleException.onField("contactEmail", "demand.contact.required");
		}
		if (t.title().isBlank()) {
			throw BusinessRuleException.onField("title", "demand.title.required");
		}
		if (t.text().isBlank()) {
			throw BusinessRuleException.onField("text", "demand.text.required");
		}
		this.title = t.title().trim();
		this.text = t.text().trim();
		this.industryCode = blankToNull(t.industryCode());
		this.regionCode = t.regionCode().trim();
		this.budget = t.budget() == null ? null : t.budget().setScale(2, RoundingMode.HALF_UP);
		this.deadline = t.deadline();
		this.contactName = t.contactName().trim();
		this.contactPhone = blankToNull(t.contactPhone());
		this.contactEmail = blankToNull(t.contactEmail());
	}

	/**
	 * Moves to {@code to} if the lifecycle allows it: EXPIRED only comes with time, and rejecting a public
	 * submission (SUBMITTED → CLOSED) needs a reason.
	 * @return the event to publish, if any
	 */
	@Nullable Object moveTo(DemandStatus to, @Nullable String reason) {
		if (!this.status.next().contains(to)) {
			throw new BusinessRuleException("demand.transition.invalid", label(this.status), label(to));
		}
		if (this.status == DemandStatus.SUBMITTED && to == DemandStatus.CLOSED && blankToNull(reason) == null) {
			throw BusinessRuleException.onField("reason", "demand.reject.reasonRequired");
		}
		return changeStatus(to, reason);
	}

	/** Whether the deadline has passed for a demand that time expires. */
	boolean isDue(LocalDate today) {
		return this.status.expiresAfterDeadline() && this.deadline != null && this.deadline.isBefore(today);
	}

	/** Expires the demand after its deadline; answers the event, or nothing if it is not due. */
	@Nullable DemandClosed expire(LocalDate today) {
		if (!isDue(today)) {
			return null;
		}
		return (DemandClosed) changeStatus(DemandStatus.EXPIRED, null);
	}

	private @Nullable Object changeStatus(DemandStatus to, @Nullable String reason) {
		DemandStatus from = this.status;
		this.status = to;
		this.statusReason = blankToNull(reason);
		this.statusChangedAt = Instant.now();
		long id = this.id == null ? 0 : this.id;
		if (to == DemandStatus.OPEN) {
			return new DemandOpened(id, this.regionCode, this.industryCode, this.statusChangedAt);
		}
		if (to.isFinal()) {
			return new DemandClosed(id, from, to, this.statusReason, this.statusChangedAt);
		}
		return null;
	}

	/** Whether the demand may still be deleted: before anyone worked on it. */
	boolean isDeletable() {
		return this.status == DemandStatus.SUBMITTED || this.status == DemandStatus.OPEN;
	}

	List<DemandStatus> nextStatuses() {
		return new ArrayList<>(this.status.next());
	}

	Terms terms() {
		return new Terms(this.title, this.text, this.industryCode, this.regionCode, this.budget, this.deadline,
				this.contactName, this.contactPhone, this.contactEmail);
	}

	static DefaultMessageSourceResolvable label(DemandStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { status.messageKey() }, status.name());
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@Override
	public String scopeRegionCode() {
		return this.regionCode;
	}

	@Override
	public @Nullable Long scopeOrganizationId() {
		return this.organizationId;
	}

	@Override
	public @Nullable Long scopeOwnerId() {
		return this.ownerId;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Demand not saved yet");
		}
		return this.id;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	String getText() {
		return this.text;
	}

	@Nullable String getIndustryCode() {
		return this.industryCode;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	@Nullable BigDecimal getBudget() {
		return this.budget;
	}

	@Nullable LocalDate getDeadline() {
		return this.deadline;
	}

	String getContactName() {
		return this.contactName;
	}

	@Nullable String getContactPhone() {
		return this.contactPhone;
	}

	@Nullable String getContactEmail() {
		return this.contactEmail;
	}

	DemandSource getSource() {
		return this.source;
	}

	@Nullable Long getOrganizationId() {
		return this.organizationId;
	}

	@Nullable Long getOwnerId() {
		return this.ownerId;
	}

	DemandStatus getStatus() {
		return this.status;
	}

	@Nullable String getStatusReason() {
		return this.statusReason;
	}

	@Nullable Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	boolean isSuspectedSpam() {
		return this.suspectedSpam;
	}

	/** Marks a public submission caught by the honeypot; it waits for moderation like any other. */
	void markSuspectedSpam() {
		this.suspectedSpam = true;
	}

	boolean isDemo() {
		return this.demo;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
