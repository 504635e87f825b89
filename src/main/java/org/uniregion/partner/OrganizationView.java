package org.uniregion.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partner organization as the API and the pages show it.
 *
 * @param regionName the region's name in the caller's language (the code when the region is unknown)
 * @param demo whether it is demo data
 */
public record OrganizationView(long id, String nameZh, @Nullable String nameEn, OrganizationType type,
		String regionCode, String regionName, @Nullable String creditCode, @Nullable String address,
		@Nullable String website, @Nullable String description, boolean demo, long version, List<ContactView> contacts) {

	/** The name to show: English when asked for and known. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null && !this.nameEn.isBlank() ? this.nameEn
				: this.nameZh;
	}

}
