package org.uniregion.partner;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the organization list.
 *
 * @param q words in the Chinese or English name, the credit code or the address
 * @param region a region code: the organizations in it and in the regions below it
 */
public record OrganizationQuery(@Nullable String q, @Nullable OrganizationType type, @Nullable String region) {
}
