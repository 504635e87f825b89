package org.uniregion.partner;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.uniregion.region.RegionApi;
import org.uniregion.region.RegionView;

/**
 * Turns entities into views, naming regions and organizations in the caller's language with one look-up
 * per page rather than per row.
 */
@Component
class Views {

	private final RegionApi regions;

	private final OrganizationRepository organizations;

	Views(RegionApi regions, OrganizationRepository organizations) {
		this.regions = regions;
		this.organizations = organizations;
	}

	OrganizationView organization(Organization o) {
		return organizations(List.of(o), true).get(0);
	}

	List<OrganizationView> organizations(List<Organization> list, boolean withContacts) {
		Map<String, RegionView> names = this.regions.findAll(list.stream().map(Organization::getRegionCode).toList());
		Locale locale = LocaleContextHolder.getLocale();
		return list.stream()
			.map(o -> new OrganizationView(o.id(), o.getNameZh(), o.getNameEn(), o.getType(), o.getRegionCode(),
					regionName(names, o.getRegionCode(), locale), o.getCreditCode(), o.getAddress(), o.getWebsite(),
					o.getDescription(), o.isDemo(), o.getVersion(),
					withContacts ? o.getContacts().stream().map(Contact::toView).toList() : List.of()))
			.toList();
	}

	AgreementView agreement(Agreement a) {
		return agreements(List.of(a)).get(0);
	}

	List<AgreementView> agreements(List<Agreement> list) {
		Set<String> codes = new HashSet<>();
		list.forEach(a -> codes.add(a.getRegionCode()));
		Map<String, RegionView> names = this.regions.findAll(codes);
		// The organization is a party of the agreement: whoever may see the agreement sees its name (not the
		// organization's record, which stays behind its own access check).
		Map<Long, OrganizationName> orgs = new HashMap<>();
		Set<Long> missing = new HashSet<>();
		for (Agreement a : list) {
			OrganizationName loaded = a.loadedOrganizationName();
			if (loaded != null) {
				orgs.put(loaded.id(), loaded);
			}
			else if (a.getOrganizationId() != null) {
				missing.add(a.getOrganizationId());
			}
		}
		if (!missing.isEmpty()) {
			this.organizations.findNames(missing.toArray(Long[]::new)).forEach(n -> orgs.put(n.id(), n));
		}
		Locale locale = LocaleContextHolder.getLocale();
		return list.stream().map(a -> {
			OrganizationName o = a.getOrganizationId() == null ? null : orgs.get(a.getOrganizationId());
			String orgName = o == null ? null : o.name(locale);
			return new AgreementView(a.id(), a.getTitle(), a.getRegionCode(), regionName(names, a.getRegionCode(), locale),
					a.getCounterpartRegionCode(), a.getOrganizationId(), orgName, a.getSigningDate(), a.getStartDate(),
					a.getEndDate(), a.getAreas(), a.getResources(), a.getResourcesAmount(), a.getNotes(), a.getStatus(),
					a.getStatusReason(), a.getStatusChangedAt(), a.getPredecessorId(), a.getSuccessorId(), a.isDemo(),
					a.getVersion(), a.nextStatuses());
		}).toList();
	}

	/** Region names for a set of codes, in the caller's language. */
	Map<String, String> regionNames(Collection<String> codes) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, RegionView> found = this.regions.findAll(codes);
		return codes.stream().distinct().collect(Collectors.toMap(c -> c, c -> regionName(found, c, locale)));
	}

	private static String regionName(Map<String, RegionView> names, String code, Locale locale) {
		RegionView r = names.get(code);
		return r == null ? code : r.name(locale);
	}

}
