package org.uniregion.partner;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uniregion.platform.ActingFor;
import org.uniregion.platform.Caller;

/** An enterprise user acts for its organization: its name, in the page's language, for the home page's greeting. */
@Component
class OrganizationActingFor implements ActingFor {

	private final PartnerApi partners;

	OrganizationActingFor(PartnerApi partners) {
		this.partners = partners;
	}

	@Override
	public @Nullable String name(Caller caller, Locale locale) {
		Long id = caller.organizationId();
		return id == null ? null : this.partners.findOrganization(caller, id).map(o -> o.name(locale)).orElse(null);
	}

}
