package org.uniregion.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Create or change a partner organization. {@code version} is required to change one (optimistic locking).
 */
public record SaveOrganization(@NotBlank @Size(max = 200) String nameZh, @Nullable @Size(max = 200) String nameEn,
		@NotNull OrganizationType type, @NotBlank @KnownRegion String regionCode,
		@Nullable @CreditCode String creditCode, @Nullable @Size(max = 300) String address,
		@Nullable @Size(max = 300) @Pattern(regexp = "^(https?://\\S+)?$", message = "{organization.website.invalid}") String website,
		@Nullable @Size(max = 4000) String description, @Nullable Long version) {
}
