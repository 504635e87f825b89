package org.uniregion.partner;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.ScopePaths;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.NotFoundException;

/**
 * Partner organizations and their contacts. Every read goes through the access policy's scope, every change
 * through its write check, before and after the change (so that no one moves a record out of their reach).
 */
@Service
class OrganizationService {

	static final ScopePaths SCOPE = new ScopePaths("regionCode", "id", null);

	private final OrganizationRepository organizations;

	private final AgreementRepository agreements;

	private final AccessPolicy policy;

	private final Views views;

	OrganizationService(OrganizationRepository organizations, AgreementRepository agreements, AccessPolicy policy,
			Views views) {
		this.organizations = organizations;
		this.agreements = agreements;
		this.policy = policy;
		this.views = views;
	}

	@Transactional(readOnly = true)
	public Page<OrganizationView> list(Caller caller, OrganizationQuery query, Pageable pageable) {
		this.policy.requireRead(caller, Resource.ORGANIZATION);
		Specification<Organization> spec = this.policy.<Organization>readable(caller, Resource.ORGANIZATION, SCOPE)
			.and(Specs.containsAny(query.q(), "nameZh", "nameEn", "creditCode", "address"))
			.and(Specs.regionBelow("regionCode", query.region()));
		if (query.type() != null) {
			OrganizationType type = query.type();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("type"), type));
		}
		Page<Organization> page = this.organizations.findAll(spec, pageable);
		return new PageImpl<>(this.views.organizations(page.getContent(), false), page.getPageable(),
				page.getTotalElements());
	}

	/** Every organization the caller may see, by name (for pickers). */
	@Transactional(readOnly = true)
	public List<OrganizationView> choices(Caller caller) {
		if (!this.policy.mayRead(caller, Resource.ORGANIZATION)) {
			return List.of();
		}
		List<Organization> all = this.organizations.findAll(
				this.policy.<Organization>readable(caller, Resource.ORGANIZATION, SCOPE),
				org.springframework.data.domain.Sort.by("nameZh", "id"));
		return this.views.organizations(all, false);
	}

	@Transactional(readOnly = true)
	public OrganizationView get(Caller caller, long id) {
		return this.views.organization(readable(caller, id));
	}

	@Transactional
	public OrganizationView create(Caller caller, SaveOrganization cmd) {
		return this.views.organization(createEntity(caller, cmd, false));
	}

	Organization createEntity(Caller caller, SaveOrganization cmd, boolean demo) {
		Organization o = new Organization(cmd, demo);
		this.policy.checkWrite(caller, Resource.ORGANIZATION, o, null);
		if (o.getCreditCode() != null && this.organizations.existsByCreditCode(o.getCreditCode())) {
			throw BusinessRuleException.onField("creditCode", "organization.creditCode.duplicate", o.getCreditCode());
		}
		return this.organizations.saveAndFlush(o);
	}

	@Transactional
	public OrganizationView update(Caller caller, long id, SaveOrganization cmd) {
		Organization o = writable(caller, id);
		checkVersion(cmd.version(), o.getVersion(), id);
		String oldRegion = o.getRegionCode();
		o.apply(cmd);
		// As changed, the record must still be within what the caller may change (no moving it out of reach).
		this.policy.checkWrite(caller, Resource.ORGANIZATION, o, null);
		if (o.getCreditCode() != null && this.organizations.existsByCreditCodeAndIdNot(o.getCreditCode(), id)) {
			throw BusinessRuleException.onField("creditCode", "organization.creditCode.duplicate", o.getCreditCode());
		}
		if (!oldRegion.equals(o.getRegionCode())) {
			// Agreements with the organization (and no region of their own) belong where the organization is.
			for (Agreement a : this.agreements.findByOrganizationIdAndCounterpartRegionCodeIsNull(id)) {
				if (!a.getStatus().isFinal()) {
					a.change(a.terms(), o.getRegionCode());
				}
			}
		}
		return this.views.organization(this.organizations.saveAndFlush(o));
	}

	@Transactional
	public void delete(Caller caller, long id) {
		Organization o = writable(caller, id);
		if (this.agreements.existsByOrganizationId(id)) {
			throw new BusinessRuleException("organization.delete.hasAgreements");
		}
		this.organizations.delete(o);
	}

	@Transactional(readOnly = true)
	public List<ContactView> contacts(Caller caller, long id) {
		return readable(caller, id).getContacts().stream().map(Contact::toView).toList();
	}

	@Transactional
	public ContactView addContact(Caller caller, long id, SaveContact cmd) {
		Organization o = writable(caller, id);
		Contact c = o.addContact(cmd);
		// o is managed: flushing persists the new contact itself (a save would merge a copy of it).
		this.organizations.flush();
		return c.toView();
	}

	@Transactional
	public ContactView updateContact(Caller caller, long id, long contactId, SaveContact cmd) {
		Organization o = writable(caller, id);
		Contact c = o.contact(contactId).orElseThrow(() -> NotFoundException.of("contact", contactId));
		checkVersion(cmd.version(), c.getVersion(), contactId);
		c.apply(cmd);
		this.organizations.saveAndFlush(o);
		return c.toView();
	}

	@Transactional
	public void deleteContact(Caller caller, long id, long contactId) {
		Organization o = writable(caller, id);
		Contact c = o.contact(contactId).orElseThrow(() -> NotFoundException.of("contact", contactId));
		o.removeContact(c);
		this.organizations.saveAndFlush(o);
	}

	/** The organization, if the caller may see it (for agreements naming it as counterpart). */
	Organization readable(Caller caller, long id) {
		Organization o = find(id);
		this.policy.checkRead(caller, Resource.ORGANIZATION, o, id);
		return o;
	}

	/** The organization, if the caller may change it (404 when it may not even see it, 403 otherwise). */
	Organization writable(Caller caller, long id) {
		Organization o = find(id);
		this.policy.checkWrite(caller, Resource.ORGANIZATION, o, id);
		return o;
	}

	private Organization find(long id) {
		return this.organizations.findById(id).orElseThrow(() -> NotFoundException.of("organization", id));
	}

	static void checkVersion(Long given, long actual, Object id) {
		if (given == null) {
			throw BusinessRuleException.onField("version", "partner.version.required");
		}
		if (given != actual) {
			throw ConflictException.staleVersion("record", id);
		}
	}

}
