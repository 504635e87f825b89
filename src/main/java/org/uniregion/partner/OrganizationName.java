package org.uniregion.partner;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** An organization's names, for the lists that name it (agreements). */
record OrganizationName(long id, String nameZh, @Nullable String nameEn) {

	/** The English name in English when there is one, the Chinese name otherwise. */
	String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null ? this.nameEn : this.nameZh;
	}

}
