package org.uniregion.demand;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.classification.ClassificationApi;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.RegionCodes;
import org.uniregion.platform.Resource;
import org.uniregion.platform.Role;
import org.uniregion.platform.ScopePaths;
import org.uniregion.region.RegionApi;
import org.uniregion.region.RegionView;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;
import org.uniregion.shared.FieldViolation;
import org.uniregion.shared.NotFoundException;

/**
 * Demands: every query limited by the access policy to what the caller may see, every change checked by it;
 * the public submission path, which stores a demand for moderation without any caller's rights; and the
 * expiry of demands whose deadline has passed.
 */
@Service
class DemandService implements DemandApi {

	static final ScopePaths SCOPE = new ScopePaths("regionCode", "organizationId", "ownerId");

	/** Deadlines are calendar days in China. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final DemandRepository demands;

	private final AccessPolicy policy;

	private final RegionApi regions;

	private final ClassificationApi classifications;

	private final ApplicationEventPublisher events;

	private final jakarta.validation.Validator validator;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.@Nullable EntityManager entityManager;

	private final DemandSearch search;

	DemandService(DemandRepository demands, AccessPolicy policy, RegionApi regions, ClassificationApi classifications,
			ApplicationEventPublisher events, jakarta.validation.Validator validator, DemandSearch search) {
		this.search = search;
		this.validator = validator;
		this.demands = demands;
		this.policy = policy;
		this.regions = regions;
		this.classifications = classifications;
		this.events = events;
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DemandView> list(Caller caller, DemandQuery query, Pageable pageable) {
		this.policy.requireRead(caller, Resource.DEMAND);
		Page<Demand> page = this.demands.findAll(spec(caller, query), pageable);
		return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DemandView> find(Caller caller, long id) {
		try {
			return Optional.of(get(caller, id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private Specification<Demand> spec(Caller caller, DemandQuery query) {
		Specification<Demand> spec = this.policy.<Demand>readable(caller, Resource.DEMAND, SCOPE)
			.and(DemandQueries.regionBelow("regionCode", query.region()));
		if (query.q() != null && !query.q().isBlank()) {
			// The words mean what they mean in the search: the same index query, so list, export and search agree.
			spec = spec.and(org.uniregion.search.CatalogQuery.idIn(this.search.matching(query.q())));
		}
		if (query.status() != null) {
			DemandStatus status = query.status();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (query.source() != null) {
			DemandSource source = query.source();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("source"), source));
		}
		if (query.industry() != null && !query.industry().isBlank()) {
			String industry = query.industry().trim().toUpperCase(Locale.ROOT);
			spec = spec.and((root, q, cb) -> cb.equal(root.get("industryCode"), industry));
		}
		return spec;
	}

	@Transactional(readOnly = true)
	public DemandView get(Caller caller, long id) {
		return view(readable(caller, id));
	}

	/** Whether the caller moderates public submissions (approves or rejects them). */
	static boolean moderates(Caller caller) {
		return caller.is(Role.ADMIN) || caller.is(Role.STAFF);
	}

	/** A demand posted by a signed-in user: its source, organization and owner follow from the caller. */
	@Transactional
	public DemandView create(Caller caller, SaveDemand cmd) {
		return view(createEntity(caller, cmd, false));
	}

	Demand createEntity(Caller caller, SaveDemand cmd, boolean demo) {
		Demand d = build(caller, cmd, demo);
		d = this.demands.saveAndFlush(d);
		publishOpened(d);
		return d;
	}

	/** A new demand for the command, checked as {@link #create} checks it, not yet saved. */
	private Demand build(Caller caller, SaveDemand cmd, boolean demo) {
		this.policy.requireWrite(caller, Resource.DEMAND);
		DemandSource source;
		Long organization = null;
		if (caller.is(Role.ENTERPRISE)) {
			source = DemandSource.ENTERPRISE;
			organization = caller.organizationId();
		}
		else if (caller.is(Role.REGION_PARTNER)) {
			source = DemandSource.REGION_PARTNER;
		}
		else {
			source = DemandSource.STAFF;
		}
		Demand.Terms terms = terms(caller, cmd);
		Demand d = new Demand(terms, source, organization, caller.userId(), today(), demo);
		this.policy.checkWrite(caller, Resource.DEMAND, d, null);
		return d;
	}

	@Override
	// No transaction: the checks read nothing but cached classifications (and a named owner's account, which
	// reads in a transaction of its own); a transaction per row made the dry run of an import cost ~0.4 ms a row.
	public List<FieldViolation> validate(Caller caller, SaveDemand cmd) {
		List<FieldViolation> out = new java.util.ArrayList<>(FieldViolation.of(this.validator.validate(cmd)));
		if (cmd.regionCode() == null) {
			return out;
		}
		try {
			build(caller, cmd, false);
		}
		catch (DomainException ex) {
			FieldViolation v = FieldViolation.of(ex);
			if (v.field() == null || out.stream().noneMatch(o -> v.field().equals(o.field()))) {
				out.add(v);
			}
		}
		catch (RuntimeException ex) {
			// A command that already breaks its constraints may not get through the checks of its content.
			if (out.isEmpty()) {
				throw ex;
			}
		}
		return out;
	}

	@Override
	@Transactional
	public int importAll(Caller caller, List<SaveDemand> commands) {
		this.policy.requireWrite(caller, Resource.DEMAND);
		int n = 0;
		for (SaveDemand cmd : commands) {
			var violations = this.validator.validate(cmd);
			if (!violations.isEmpty()) {
				throw new jakarta.validation.ConstraintViolationException(violations);
			}
			Demand d = this.demands.save(build(caller, cmd, false));
			publishOpened(d);
			if (++n % 500 == 0 && this.entityManager != null) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		if (this.entityManager != null) {
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return n;
	}

	/** Demo data: a demand as if posted through the public form (waiting for moderation) or by an enterprise. */
	Demand createDemo(SaveDemand cmd, DemandSource source, @Nullable Long organizationId) {
		Demand d = new Demand(terms(Caller.SYSTEM, cmd), source, organizationId, null, today(), true);
		d = this.demands.saveAndFlush(d);
		publishOpened(d);
		return d;
	}

	/**
	 * A demand from an anonymous visitor, stored SUBMITTED for moderation. Deliberately no caller: whoever sends
	 * it (signed in or not), the demand belongs to no organization and no user.
	 */
	@Transactional
	public long submitPublic(SubmitPublicDemand cmd) {
		Demand d = new Demand(terms(Caller.ANONYMOUS, cmd.toSave()), DemandSource.PUBLIC, null, null, today(), false);
		if (cmd.isBot()) {
			d.markSuspectedSpam();
		}
		return this.demands.saveAndFlush(d).id();
	}

	@Transactional
	public DemandView update(Caller caller, long id, SaveDemand cmd) {
		Demand d = writable(caller, id);
		checkVersion(cmd.version(), d.getVersion(), id);
		d.change(terms(caller, cmd), today());
		this.policy.checkWrite(caller, Resource.DEMAND, d, null);
		return view(this.demands.saveAndFlush(d));
	}

	@Transactional
	public void delete(Caller caller, long id) {
		Demand d = writable(caller, id);
		if (!d.isDeletable()) {
			throw new BusinessRuleException("demand.delete.notAllowed", Demand.label(d.getStatus()));
		}
		this.demands.delete(d);
	}

	/**
	 * Moves the demand to another status. Public submissions are moderated by the office only: approving
	 * (→ OPEN) or rejecting (→ CLOSED with a reason) a SUBMITTED demand needs ADMIN or STAFF.
	 */
	@Transactional
	public DemandView transition(Caller caller, long id, ChangeDemandStatus cmd) {
		Demand d = writable(caller, id);
		checkVersion(cmd.version(), d.getVersion(), id);
		if (d.getStatus() == DemandStatus.SUBMITTED && !moderates(caller)) {
			throw new AccessDeniedException("Only the office moderates public demands");
		}
		Object event = d.moveTo(cmd.to(), cmd.reason());
		d = this.demands.saveAndFlush(d);
		if (event != null) {
			this.events.publishEvent(event);
		}
		return view(d);
	}

	/** Expires one demand if its deadline has passed (for the expiry job); answers whether it did. */
	@Transactional
	public boolean expire(long id, LocalDate today) {
		Demand d = this.demands.findById(id).orElseThrow(() -> NotFoundException.of("demand", id));
		DemandClosed event = d.expire(today);
		if (event == null) {
			return false;
		}
		this.demands.saveAndFlush(d);
		this.events.publishEvent(event);
		return true;
	}

	@Transactional(readOnly = true)
	public List<Long> dueForExpiry(LocalDate today) {
		return this.demands.findDueForExpiry(today);
	}

	Demand readable(Caller caller, long id) {
		Demand d = find(id);
		this.policy.checkRead(caller, Resource.DEMAND, d, id);
		return d;
	}

	Demand writable(Caller caller, long id) {
		Demand d = find(id);
		this.policy.checkWrite(caller, Resource.DEMAND, d, id);
		return d;
	}

	private Demand find(long id) {
		return this.demands.findById(id).orElseThrow(() -> NotFoundException.of("demand", id));
	}

	private void publishOpened(Demand d) {
		if (d.getStatus() == DemandStatus.OPEN) {
			this.events.publishEvent(new DemandOpened(d.id(), d.getRegionCode(), d.getIndustryCode(),
					d.getStatusChangedAt() == null ? java.time.Instant.now() : d.getStatusChangedAt()));
		}
	}

	/** The command's terms with its codes checked against the shipped regions and industries. */
	private Demand.Terms terms(Caller caller, SaveDemand cmd) {
		String region = cmd.regionCode().trim();
		if (!this.regions.exists(region)) {
			throw BusinessRuleException.onField("regionCode", "demand.region.unknown", region);
		}
		if (caller.is(Role.REGION_PARTNER) && (caller.regionCode() == null || !RegionCodes.covers(caller.regionCode(), region))) {
			throw BusinessRuleException.onField("regionCode", "demand.region.outOfScope", region);
		}
		String industry = Demand.blankToNull(cmd.industryCode());
		if (industry != null) {
			industry = industry.toUpperCase(Locale.ROOT);
			if (!this.classifications.isIndustry(industry)) {
				throw BusinessRuleException.onField("industryCode", "demand.industry.unknown", industry);
			}
		}
		return new Demand.Terms(cmd.title(), cmd.text(), industry, region, cmd.budget(), cmd.deadline(), cmd.contactName(),
				cmd.contactPhone(), cmd.contactEmail());
	}

	static void checkVersion(@Nullable Long given, long current, long id) {
		if (given == null || given != current) {
			throw ConflictException.staleVersion("demand", id);
		}
	}

	DemandView view(Demand d) {
		return views(List.of(d)).get(0);
	}

	List<DemandView> views(List<Demand> list) {
		Set<String> regionCodes = new HashSet<>();
		Set<String> industryCodes = new HashSet<>();
		for (Demand d : list) {
			regionCodes.add(d.getRegionCode());
			if (d.getIndustryCode() != null) {
				industryCodes.add(d.getIndustryCode());
			}
		}
		Map<String, RegionView> regionNames = this.regions.findAll(regionCodes);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> industries = industryCodes.isEmpty() ? Map.of() : this.classifications.industryTitles(industryCodes, locale);
		return list.stream().map(d -> {
			RegionView r = regionNames.get(d.getRegionCode());
			String industry = d.getIndustryCode() == null ? null : industries.get(d.getIndustryCode());
			return new DemandView(d.id(), d.getTitle(), d.getText(), d.getIndustryCode(), industry,
					d.getRegionCode(), r == null ? d.getRegionCode() : r.name(locale), d.getBudget(), d.getDeadline(),
					d.getContactName(), d.getContactPhone(), d.getContactEmail(), d.getSource(), d.getOrganizationId(),
					d.getOwnerId(), d.getStatus(), d.getStatusReason(), d.getStatusChangedAt(), d.isDemo(), d.getCreatedAt(),
					d.getVersion(), d.nextStatuses(), d.isSuspectedSpam());
		}).toList();
	}

}
