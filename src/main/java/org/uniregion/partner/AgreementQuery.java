package org.uniregion.partner;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the agreement list.
 *
 * @param region a region code: agreements in it and in the regions below it
 * @param expiringWithinDays agreements in force whose end lies within this many days from today
 */
public record AgreementQuery(@Nullable String q, @Nullable AgreementStatus status, @Nullable CollaborationArea area,
		@Nullable String region, @Nullable Long organization, @Nullable Integer expiringWithinDays) {

	public static AgreementQuery all() {
		return new AgreementQuery(null, null, null, null, null, null);
	}

}
