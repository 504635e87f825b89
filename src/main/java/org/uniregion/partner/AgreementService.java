package org.uniregion.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.ScopePaths;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.NotFoundException;

/**
 * Framework agreements: queries in the caller's scope, changes checked by the access policy, status changes
 * recorded in the agreement's history and published as {@link AgreementStatusChanged}.
 */
@Service
class AgreementService {

	static final ScopePaths SCOPE = new ScopePaths("regionCode", "organizationId", null);

	private final AgreementRepository agreements;

	private final AgreementStatusChangeRepository history;

	private final AgreementDocumentRepository documents;

	private final OrganizationService organizations;

	private final AccessPolicy policy;

	private final Views views;

	private final ApplicationEventPublisher events;

	private final int reminderDays;

	AgreementService(AgreementRepository agreements, AgreementStatusChangeRepository history,
			AgreementDocumentRepository documents, OrganizationService organizations, AccessPolicy policy, Views views,
			ApplicationEventPublisher events, @Value("${uniregion.agreements.reminder-days:90}") int reminderDays) {
		this.agreements = agreements;
		this.history = history;
		this.documents = documents;
		this.organizations = organizations;
		this.policy = policy;
		this.views = views;
		this.events = events;
		this.reminderDays = reminderDays;
	}

	int reminderDays() {
		return this.reminderDays;
	}

	@Transactional(readOnly = true)
	public Page<AgreementView> list(Caller caller, AgreementQuery query, Pageable pageable) {
		this.policy.requireRead(caller, Resource.AGREEMENT);
		Page<Agreement> page = this.agreements.findAll(spec(caller, query), pageable);
		return new PageImpl<>(this.views.agreements(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** Agreements in force ending within the reminder window, soonest first, as far as the caller may see. */
	@Transactional(readOnly = true)
	public List<AgreementView> expiringSoon(Caller caller, int limit) {
		if (!this.policy.mayRead(caller, Resource.AGREEMENT)) {
			return List.of();
		}
		AgreementQuery q = new AgreementQuery(null, null, null, null, null, this.reminderDays);
		return this.views.agreements(this.agreements.findAll(spec(caller, q),
				org.springframework.data.domain.PageRequest.of(0, limit, Sort.by("endDate", "id"))).getContent());
	}

	private Specification<Agreement> spec(Caller caller, AgreementQuery query) {
		Specification<Agreement> spec = this.policy.<Agreement>readable(caller, Resource.AGREEMENT, SCOPE)
			.and(Specs.containsAny(query.q(), "title", "resources", "notes"))
			.and(Specs.regionBelow("regionCode", query.region()));
		if (query.status() != null) {
			AgreementStatus status = query.status();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (query.area() != null) {
			String pattern = "%," + query.area().name() + ",%";
			spec = spec.and((root, q, cb) -> cb.like(root.get("areas"), pattern));
		}
		if (query.organization() != null) {
			Long org = query.organization();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("organizationId"), org));
		}
		if (query.expiringWithinDays() != null) {
			var today = PartnerDates.today();
			var until = today.plusDays(Math.max(0, query.expiringWithinDays()));
			spec = spec.and((root, q, cb) -> cb.and(
					root.get("status").in(AgreementStatus.IN_FORCE, AgreementStatus.EXPIRING),
					cb.between(root.get("endDate"), today, until)));
		}
		return spec;
	}

	@Transactional(readOnly = true)
	public AgreementView get(Caller caller, long id) {
		return this.views.agreement(readable(caller, id));
	}

	@Transactional(readOnly = true)
	public List<StatusChangeView> history(Caller caller, long id) {
		readable(caller, id);
		return this.history.findByAgreementIdOrderByChangedAtAscIdAsc(id).stream().map(AgreementStatusChange::toView).toList();
	}

	@Transactional
	public AgreementView create(Caller caller, SaveAgreement cmd) {
		return this.views.agreement(createEntity(caller, cmd, false));
	}

	Agreement createEntity(Caller caller, SaveAgreement cmd, boolean demo) {
		Agreement.Terms terms = terms(caller, cmd);
		Agreement a = new Agreement(terms, scopeRegion(caller, terms), demo);
		this.policy.checkWrite(caller, Resource.AGREEMENT, a, null);
		a = this.agreements.saveAndFlush(a);
		record(a, new AgreementStatusChanged(a.id(), null, AgreementStatus.DRAFT, null, a.getRegionCode(),
				a.getOrganizationId(), a.getStatusChangedAt() == null ? java.time.Instant.now() : a.getStatusChangedAt()),
				caller);
		return a;
	}

	@Transactional
	public AgreementView update(Caller caller, long id, SaveAgreement cmd) {
		Agreement a = writable(caller, id);
		OrganizationService.checkVersion(cmd.version(), a.getVersion(), id);
		Agreement.Terms terms = terms(caller, cmd);
		a.change(terms, scopeRegion(caller, terms));
		this.policy.checkWrite(caller, Resource.AGREEMENT, a, null);
		return this.views.agreement(this.agreements.saveAndFlush(a));
	}

	@Transactional
	public void delete(Caller caller, long id) {
		Agreement a = writable(caller, id);
		if (a.getStatus() != AgreementStatus.DRAFT) {
			throw new BusinessRuleException("agreement.delete.notDraft", Agreement.label(a.getStatus()));
		}
		List<Long> predecessors = this.agreements.findPredecessorIdsOf(id);
		if (!predecessors.isEmpty()) {
			throw new BusinessRuleException("agreement.delete.isSuccessor", predecessors.get(0));
		}
		this.documents.deleteAll(this.documents.findByAgreementId(id));
		this.history.deleteByAgreementId(id);
		this.agreements.delete(a);
	}

	/**
	 * Moves the agreement to another status if the lifecycle and the dates allow it. A renewal creates the
	 * successor draft (or links the one named by a previous renewal) and answers the renewed agreement.
	 */
	@Transactional
	public AgreementView transition(Caller caller, long id, ChangeAgreementStatus cmd) {
		Agreement a = writable(caller, id);
		OrganizationService.checkVersion(cmd.version(), a.getVersion(), id);
		List<AgreementStatusChanged> changes = new ArrayList<>();
		if (cmd.to() == AgreementStatus.RENEWED) {
			Agreement successor = this.agreements.saveAndFlush(a.successorDraft());
			record(successor, new AgreementStatusChanged(successor.id(), null, AgreementStatus.DRAFT,
					null, successor.getRegionCode(), successor.getOrganizationId(), java.time.Instant.now()), caller);
			changes.add(a.renewedBy(successor, cmd.reason()));
		}
		else {
			changes.add(a.moveTo(cmd.to(), cmd.reason(), PartnerDates.today(), this.reminderDays));
		}
		a = this.agreements.saveAndFlush(a);
		for (AgreementStatusChanged change : changes) {
			record(a, change, caller);
		}
		return this.views.agreement(a);
	}

	/** Applies the moves time has made to one agreement (for the reminder job); answers them. */
	@Transactional
	public List<AgreementStatusChanged> advance(long id, Caller caller) {
		Agreement a = find(id);
		List<AgreementStatusChanged> changes = a.advance(PartnerDates.today(), this.reminderDays);
		if (!changes.isEmpty()) {
			Agreement saved = this.agreements.saveAndFlush(a);
			changes.forEach(c -> record(saved, c, caller));
		}
		return changes;
	}

	/** The agreement, if the caller may see it. */
	Agreement readable(Caller caller, long id) {
		Agreement a = find(id);
		this.policy.checkRead(caller, Resource.AGREEMENT, a, id);
		return a;
	}

	/** The agreement, if the caller may change it. */
	Agreement writable(Caller caller, long id) {
		Agreement a = find(id);
		this.policy.checkWrite(caller, Resource.AGREEMENT, a, id);
		return a;
	}

	Agreement find(long id) {
		return this.agreements.findById(id).orElseThrow(() -> NotFoundException.of("agreement", id));
	}

	private void record(Agreement a, AgreementStatusChanged change, Caller caller) {
		AgreementStatusChanged withId = new AgreementStatusChanged(a.id(), change.from(), change.to(), change.reason(),
				a.getRegionCode(), a.getOrganizationId(), change.at());
		this.history.save(new AgreementStatusChange(a.id(), withId, caller.username()));
		this.events.publishEvent(withId);
	}

	private Agreement.Terms terms(Caller caller, SaveAgreement cmd) {
		Long orgId = cmd.organizationId();
		if (orgId != null) {
			try {
				this.organizations.readable(caller, orgId);
			}
			catch (NotFoundException ex) {
				throw BusinessRuleException.onField("organizationId", "agreement.organization.unknown", orgId);
			}
		}
		Set<CollaborationArea> areas = cmd.areas() == null || cmd.areas().isEmpty() ? EnumSet.noneOf(CollaborationArea.class)
				: EnumSet.copyOf(cmd.areas());
		return new Agreement.Terms(cmd.title(), blank(cmd.regionCode()), orgId, date(cmd.signingDate(), "signingDate"),
				date(cmd.startDate(), "startDate"), date(cmd.endDate(), "endDate"), areas, cmd.resources(),
				amount(cmd.resourcesAmount()), cmd.notes());
	}

	/** The counterpart region, or else the organization's region. */
	private String scopeRegion(Caller caller, Agreement.Terms terms) {
		if (terms.counterpartRegionCode() != null) {
			return terms.counterpartRegionCode();
		}
		if (terms.organizationId() != null) {
			return this.organizations.readable(caller, terms.organizationId()).getRegionCode();
		}
		throw BusinessRuleException.onField("regionCode", "agreement.counterpart.required");
	}

	private static java.time.@Nullable LocalDate date(@Nullable String text, String field) {
		try {
			return PartnerDates.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw BusinessRuleException.onField(field, "agreement.date.invalid");
		}
	}

	private static @Nullable BigDecimal amount(@Nullable BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
