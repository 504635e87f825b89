package org.uniregion.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.Caller;
import org.uniregion.shared.NotFoundException;

@Service
class PartnerFacade implements PartnerApi {

	private final OrganizationService organizations;

	private final AgreementService agreements;

	PartnerFacade(OrganizationService organizations, AgreementService agreements) {
		this.organizations = organizations;
		this.agreements = agreements;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrganizationView> findOrganization(Caller caller, long id) {
		try {
			return Optional.of(this.organizations.get(caller, id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgreementView> findAgreement(Caller caller, long id) {
		try {
			return Optional.of(this.agreements.get(caller, id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public List<AgreementView> expiringAgreements(Caller caller, int limit) {
		return this.agreements.expiringSoon(caller, limit);
	}

}
