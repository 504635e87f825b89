package org.uniregion.partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Formula;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.Audited;

/**
 * A framework agreement (校地/校企合作协议) between the university and a region or an organization. It guards its
 * own lifecycle: every status change goes through {@link #moveTo}, which checks that the move is possible from
 * the current status and allowed by the dates, and answers the event to publish.
 */
@Entity
@Table(name = "agreement")
@Audited("agreement")
class Agreement implements ScopedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String title;

	/** The region the agreement belongs to: the counterpart region, or the organization's region. */
	private String regionCode;

	private @Nullable String counterpartRegionCode;

	private @Nullable Long organizationId;

	// The organization's names as they were when the agreement was loaded, read with it, so that a list of
	// agreements names their organizations without a second query (see loadedOrganizationName()).
	@Formula("(select o.name_zh from partner_organization o where o.id = organization_id)")
	private @Nullable String loadedOrganizationNameZh;

	@Formula("(select o.name_en from partner_organization o where o.id = organization_id)")
	private @Nullable String loadedOrganizationNameEn;

	@Formula("organization_id")
	private @Nullable Long loadedOrganizationId;

	private @Nullable LocalDate signingDate;

	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	/** The areas as “,TALENT,INDUSTRY,” so that one area can be searched with a plain LIKE. */
	private String areas;

	private @Nullable String resources;

	private @Nullable BigDecimal resourcesAmount;

	private @Nullable String notes;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status = AgreementStatus.DRAFT;

	private @Nullable String statusReason;

	private @Nullable Instant statusChangedAt;

	private @Nullable Long predecessorId;

	private @Nullable Long successorId;

	private boolean demo;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Agreement() {
		this.title = "";
		this.regionCode = "";
		this.areas = "";
	}

	/**
	 * A new draft.
	 * @param scopeRegion the counterpart region, or the organization's region
	 */
	Agreement(Terms terms, String scopeRegion, boolean demo) {
		this();
		this.demo = demo;
		change(terms, scopeRegion);
	}

	/** The values of an agreement that a user edits. */
	record Terms(String title, @Nullable String counterpartRegionCode, @Nullable Long organizationId,
			@Nullable LocalDate signingDate, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
			Set<CollaborationArea> areas, @Nullable String resources, @Nullable BigDecimal resourcesAmount,
			@Nullable String notes) {
	}

	/** Changes the terms; a final agreement is no longer changed, and the dates must stay in order. */
	void change(Terms t, String scopeRegion) {
		if (this.status.isFinal()) {
			throw new BusinessRuleException("agreement.final", label(this.status));
		}
		if (t.areas().isEmpty()) {
			throw BusinessRuleException.onField("areas", "agreement.areas.required");
		}
		if (t.counterpartRegionCode() == null && t.organizationId() == null) {
			throw BusinessRuleException.onField("regionCode", "agreement.counterpart.required");
		}
		if (t.startDate() != null && t.endDate() != null && !t.endDate().isAfter(t.startDate())) {
			throw BusinessRuleException.onField("endDate", "agreement.endDate.notAfterStart");
		}
		if (t.resourcesAmount() != null && t.resourcesAmount().signum() < 0) {
			throw BusinessRuleException.onField("resourcesAmount", "agreement.amount.negative");
		}
		if (this.status != AgreementStatus.DRAFT) {
			// Once signed, the dates that made the signature valid must remain.
			requireSignable(t.signingDate(), t.startDate(), t.endDate(), null);
		}
		this.title = t.title().trim();
		this.counterpartRegionCode = t.counterpartRegionCode();
		this.organizationId = t.organizationId();
		this.regionCode = scopeRegion;
		this.signingDate = t.signingDate();
		this.startDate = t.startDate();
		this.endDate = t.endDate();
		this.areas = encode(t.areas());
		this.resources = Organization.blankToNull(t.resources());
		this.resourcesAmount = t.resourcesAmount();
		this.notes = Organization.blankToNull(t.notes());
	}

	Terms terms() {
		return new Terms(this.title, this.counterpartRegionCode, this.organizationId, this.signingDate, this.startDate,
				this.endDate, getAreas(), this.resources, this.resourcesAmount, this.notes);
	}

	/**
	 * Moves to {@code to} if the lifecycle and the dates allow it today. RENEWED is reached only through
	 * {@link #renewedBy}, which needs the successor.
	 * @return the event to publish
	 */
	AgreementStatusChanged moveTo(AgreementStatus to, @Nullable String reason, LocalDate today, int reminderDays) {
		if (!this.status.canMoveTo(to)) {
			throw new BusinessRuleException("agreement.transition.invalid", label(this.status), label(to));
		}
		switch (to) {
			case SIGNED -> requireSignable(this.signingDate, this.startDate, this.endDate, today);
			case IN_FORCE -> {
				if (this.startDate == null || this.startDate.isAfter(today)) {
					throw new BusinessRuleException("agreement.inForce.notStarted", String.valueOf(this.startDate));
				}
			}
			case EXPIRING -> {
				if (this.endDate == null || this.endDate.minusDays(reminderDays).isAfter(today)) {
					throw new BusinessRuleException("agreement.expiring.notYet", reminderDays);
				}
				if (this.endDate.isBefore(today)) {
					throw new BusinessRuleException("agreement.expiring.ended", this.endDate.toString());
				}
			}
			case EXPIRED -> {
				if (this.endDate == null || !this.endDate.isBefore(today)) {
					throw new BusinessRuleException("agreement.expired.notYet", String.valueOf(this.endDate));
				}
			}
			case RENEWED -> throw new BusinessRuleException("agreement.renew.needsSuccessor");
			case TERMINATED -> {
				if (reason == null || reason.isBlank()) {
					throw BusinessRuleException.onField("reason", "agreement.terminate.reasonRequired");
				}
			}
			case DRAFT -> throw new BusinessRuleException("agreement.transition.invalid", label(this.status), label(to));
		}
		return changeStatus(to, reason);
	}

	/**
	 * The successor draft of a renewal: the same counterpart and areas, for a term of the same length that
	 * starts the day after this one ends.
	 */
	Agreement successorDraft() {
		if (!this.status.canMoveTo(AgreementStatus.RENEWED)) {
			throw new BusinessRuleException("agreement.transition.invalid", label(this.status), label(AgreementStatus.RENEWED));
		}
		LocalDate start = this.endDate == null ? null : this.endDate.plusDays(1);
		LocalDate end = null;
		if (start != null && this.startDate != null && this.endDate != null) {
			// The same term: two years from 2025-01-01 to 2026-12-31 give 2027-01-01 to 2028-12-31.
			end = start.plus(Period.between(this.startDate, this.endDate.plusDays(1))).minusDays(1);
		}
		Terms t = new Terms(this.title, this.counterpartRegionCode, this.organizationId, null, start, end, getAreas(),
				this.resources, this.resourcesAmount, this.notes);
		Agreement next = new Agreement(t, this.regionCode, this.demo);
		next.predecessorId = this.id;
		return next;
	}

	/** Marks this agreement renewed by its (saved) successor. */
	AgreementStatusChanged renewedBy(Agreement successor, @Nullable String reason) {
		if (!this.status.canMoveTo(AgreementStatus.RENEWED)) {
			throw new BusinessRuleException("agreement.transition.invalid", label(this.status), label(AgreementStatus.RENEWED));
		}
		this.successorId = successor.getId();
		return changeStatus(AgreementStatus.RENEWED, reason);
	}

	/**
	 * The moves that the passing of time makes by itself: a signed agreement comes into force on its start
	 * date, one in force becomes “expiring” within the reminder window, and expires after its end date.
	 */
	List<AgreementStatusChanged> advance(LocalDate today, int reminderDays) {
		List<AgreementStatusChanged> events = new ArrayList<>();
		boolean moved = true;
		while (moved) {
			moved = false;
			AgreementStatus next = automaticNext(today, reminderDays);
			if (next != null) {
				events.add(changeStatus(next, null));
				moved = true;
			}
		}
		return events;
	}

	private @Nullable AgreementStatus automaticNext(LocalDate today, int reminderDays) {
		return switch (this.status) {
			case SIGNED -> this.startDate != null && !this.startDate.isAfter(today) ? AgreementStatus.IN_FORCE : null;
			case IN_FORCE -> {
				if (this.endDate == null) {
					yield null;
				}
				if (this.endDate.isBefore(today)) {
					yield AgreementStatus.EXPIRED;
				}
				yield this.endDate.minusDays(reminderDays).isAfter(today) ? null : AgreementStatus.EXPIRING;
			}
			case EXPIRING -> this.endDate != null && this.endDate.isBefore(today) ? AgreementStatus.EXPIRED : null;
			default -> null;
		};
	}

	/** The statuses that could be chosen now (lifecycle only; dates are checked when the move is made). */
	List<AgreementStatus> nextStatuses() {
		return List.copyOf(this.status.next());
	}

	private static void requireSignable(@Nullable LocalDate signing, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable LocalDate today) {
		if (signing == null) {
			throw BusinessRuleException.onField("signingDate", "agreement.sign.signingDateRequired");
		}
		if (start == null) {
			throw BusinessRuleException.onField("startDate", "agreement.sign.startDateRequired");
		}
		if (end == null) {
			throw BusinessRuleException.onField("endDate", "agreement.sign.endDateRequired");
		}
		if (!end.isAfter(start)) {
			throw BusinessRuleException.onField("endDate", "agreement.endDate.notAfterStart");
		}
		if (today != null && signing.isAfter(today)) {
			throw BusinessRuleException.onField("signingDate", "agreement.sign.signingDateFuture");
		}
	}

	private AgreementStatusChanged changeStatus(AgreementStatus to, @Nullable String reason) {
		AgreementStatus from = this.status;
		this.status = to;
		this.statusReason = Organization.blankToNull(reason);
		this.statusChangedAt = Instant.now();
		return new AgreementStatusChanged(this.id == null ? 0 : this.id, from, to, this.statusReason, this.regionCode,
				this.organizationId, this.statusChangedAt);
	}

	static DefaultMessageSourceResolvable label(AgreementStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { status.messageKey() }, status.name());
	}

	static String encode(Set<CollaborationArea> areas) {
		if (areas.isEmpty()) {
			return "";
		}
		return EnumSet.copyOf(areas).stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
	}

	static Set<CollaborationArea> decode(String areas) {
		Set<CollaborationArea> set = EnumSet.noneOf(CollaborationArea.class);
		Arrays.stream(areas.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(CollaborationArea.valueOf(s)));
		return set;
	}

	@Override
	public String scopeRegionCode() {
		return this.regionCode;
	}

	@Override
	public @Nullable Long scopeOrganizationId() {
		return this.organizationId;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Agreement not saved yet");
		}
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	/**
	 * The organization's names as loaded with this agreement; null when the agreement has no organization, is new,
	 * or was given another organization since it was loaded (then the names must be looked up).
	 */
	@Nullable OrganizationName loadedOrganizationName() {
		if (this.organizationId == null || !this.organizationId.equals(this.loadedOrganizationId)
				|| this.loadedOrganizationNameZh == null) {
			return null;
		}
		return new OrganizationName(this.organizationId, this.loadedOrganizationNameZh, this.loadedOrganizationNameEn);
	}

	String getRegionCode() {
		return this.regionCode;
	}

	@Nullable String getCounterpartRegionCode() {
		return this.counterpartRegionCode;
	}

	@Nullable Long getOrganizationId() {
		return this.organizationId;
	}

	@Nullable LocalDate getSigningDate() {
		return this.signingDate;
	}

	@Nullable LocalDate getStartDate() {
		return this.startDate;
	}

	@Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	Set<CollaborationArea> getAreas() {
		return decode(this.areas);
	}

	@Nullable String getResources() {
		return this.resources;
	}

	@Nullable BigDecimal getResourcesAmount() {
		return this.resourcesAmount;
	}

	@Nullable String getNotes() {
		return this.notes;
	}

	AgreementStatus getStatus() {
		return this.status;
	}

	@Nullable String getStatusReason() {
		return this.statusReason;
	}

	@Nullable Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	@Nullable Long getPredecessorId() {
		return this.predecessorId;
	}

	@Nullable Long getSuccessorId() {
		return this.successorId;
	}

	boolean isDemo() {
		return this.demo;
	}

	long getVersion() {
		return this.version;
	}

	void linkPredecessor(long predecessorId) {
		this.predecessorId = predecessorId;
	}

}
