package org.uniregion.partner;

import java.util.List;
import java.util.Optional;

import org.uniregion.platform.Caller;

/**
 * What other modules may ask of partners: organizations and agreements as the caller may see them. Status
 * changes of agreements are published as {@link AgreementStatusChanged}.
 */
public interface PartnerApi {

	/** The organization, if it exists and the caller may see it. */
	Optional<OrganizationView> findOrganization(Caller caller, long id);

	/** The agreement, if it exists and the caller may see it. */
	Optional<AgreementView> findAgreement(Caller caller, long id);

	/** Agreements in force that end within the reminder window, soonest first, within the caller's scope. */
	List<AgreementView> expiringAgreements(Caller caller, int limit);

}
