package org.uniregion.lead;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.ScopePaths;
import org.uniregion.result.ResultApi;
import org.uniregion.result.ResultView;
import org.uniregion.result.Visibility;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.NotFoundException;

/** Leads: created from interest in a published result, read within the caller's scope, moved by the office. */
@Service
@Transactional(readOnly = true)
class LeadService implements LeadApi {

	static final Set<String> SORTABLE = Set.of("id", "createdAt", "updatedAt", "status", "resultTitle", "organization", "name");

	private static final ScopePaths PATHS = new ScopePaths(null, null, "resultOwnerId");

	private final LeadRepository leads;

	private final ResultApi results;

	private final AccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	LeadService(LeadRepository leads, ResultApi results, AccessPolicy policy, ApplicationEventPublisher events,
			MessageSource messages) {
		this.leads = leads;
		this.results = results;
		this.policy = policy;
		this.events = events;
		this.messages = messages;
	}

	/** The published result a visitor may express interest in; 404 for any other (draft, internal, withdrawn, none). */
	ResultView publishedResult(long resultId) {
		ResultView r = this.results.get(Caller.SYSTEM, resultId);
		if (r.visibility() != Visibility.PUBLISHED) {
			throw NotFoundException.of("research_result", resultId);
		}
		return r;
	}

	/**
	 * Stores a lead for a published result (anyone may send one) and tells the other modules; one sent with the
	 * honeypot filled is stored flagged as suspected spam, and not announced.
	 */
	@Transactional
	LeadView receive(long resultId, ExpressInterest interest) {
		ResultView r = publishedResult(resultId);
		Lead lead = this.leads.save(new Lead(r.id(), r.title(), r.ownerId(), interest));
		if (!lead.isSuspectedSpam()) {
			this.events.publishEvent(lead.received());
		}
		return lead.toView();
	}

	@Override
	public Page<LeadView> list(Caller caller, @Nullable LeadStatus status, @Nullable String q, Pageable pageable) {
		return list(caller, status, null, q, pageable);
	}

	/** The leads in the caller's scope; {@code spam} true only those suspected as spam, false only the others. */
	Page<LeadView> list(Caller caller, @Nullable LeadStatus status, @Nullable Boolean spam, @Nullable String q,
			Pageable pageable) {
		this.policy.requireRead(caller, Resource.LEAD);
		Specification<Lead> spec = this.policy.readable(caller, Resource.LEAD, PATHS);
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (spam != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("suspectedSpam"), spam));
		}
		if (q != null && !q.isBlank()) {
			String like = "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			spec = spec.and((root, query, cb) -> cb.or(
					cb.like(cb.lower(root.get("resultTitle")), like, '\\'), cb.like(cb.lower(root.get("name")), like, '\\'),
					cb.like(cb.lower(root.get("organization")), like, '\\'), cb.like(cb.lower(root.get("email")), like, '\\'),
					cb.like(cb.lower(root.get("message")), like, '\\')));
		}
		return this.leads.findAll(spec, checkSort(pageable)).map(Lead::toView);
	}

	@Override
	public LeadView get(Caller caller, long id) {
		return readable(caller, id).toView();
	}

	@Override
	@Transactional
	public LeadView changeStatus(Caller caller, long id, ChangeLeadStatus cmd) {
		Lead lead = readable(caller, id);
		this.policy.checkWrite(caller, Resource.LEAD, lead, id);
		if (cmd.version() != lead.getVersion()) {
			throw ConflictException.staleVersion("lead", id);
		}
		lead.moveTo(cmd.to());
		return this.leads.saveAndFlush(lead).toView();
	}

	@Override
	public long countNew(Caller caller) {
		if (!this.policy.mayRead(caller, Resource.LEAD)) {
			return 0;
		}
		Specification<Lead> spec = this.policy.<Lead>readable(caller, Resource.LEAD, PATHS)
			.and((root, query, cb) -> cb.and(cb.equal(root.get("status"), LeadStatus.NEW), cb.isFalse(root.get("suspectedSpam"))));
		return this.leads.count(spec);
	}

	private Lead readable(Caller caller, long id) {
		this.policy.requireRead(caller, Resource.LEAD);
		Lead lead = this.leads.findById(id).orElseThrow(() -> NotFoundException.of("lead", id));
		this.policy.checkRead(caller, Resource.LEAD, lead, id);
		return lead;
	}

	/** The pageable with an id tie-breaker; 400 for a property not in the whitelist. */
	Pageable checkSort(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				Locale locale = LocaleContextHolder.getLocale();
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.getMessage(
						"lead.sort.unknown", new Object[] { order.getProperty(), String.join(", ", new java.util.TreeSet<>(SORTABLE)) },
						locale));
				p.setTitle(this.messages.getMessage("error.validation.title", null, "Bad request", locale));
				p.setProperty("code", "lead.sort.unknown");
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
			}
		}
		if (pageable.isPaged() && pageable.getSort().getOrderFor("id") == null) {
			return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id")));
		}
		return pageable;
	}

	static String currentSort(Pageable pageable) {
		for (Sort.Order o : pageable.getSort()) {
			return o.getProperty() + "," + o.getDirection().name().toLowerCase(Locale.ROOT);
		}
		return "";
	}

}
