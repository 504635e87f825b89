package org.uniregion.partner;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Create or change a framework agreement. The counterpart is a region ({@code regionCode}), an organization
 * ({@code organizationId}), or both. Dates are ISO dates (YYYY-MM-DD), kept as text here so that an impossible
 * date (February 30) is answered as an error on its field. {@code version} is required to change one.
 */
@ValidAgreement
public record SaveAgreement(@NotBlank @Size(max = 300) String title, @Nullable @KnownRegion String regionCode,
		@Nullable Long organizationId,
		@Nullable @Schema(type = "string", format = "date", example = "2025-03-01") String signingDate,
		@Nullable @Schema(type = "string", format = "date", example = "2025-04-01") String startDate,
		@Nullable @Schema(type = "string", format = "date", example = "2030-03-31") String endDate,
		@NotEmpty Set<CollaborationArea> areas, @Nullable @Size(max = 4000) String resources,
		@Nullable @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal resourcesAmount,
		@Nullable @Size(max = 4000) String notes, @Nullable Long version) {
}
