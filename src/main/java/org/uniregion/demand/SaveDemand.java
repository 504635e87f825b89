package org.uniregion.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Create or change a demand (signed-in users). The source, organization and owner follow from the caller.
 * Region and industry must be real codes, a new deadline must not lie in the past, and the contact needs a
 * phone or an e-mail. {@code version} is required to change one.
 */
public record SaveDemand(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String text,
		@Nullable @Size(max = 8) @Schema(description = "GB/T 4754-2017 industry code", example = "39") String industryCode,
		@NotBlank @Size(max = 6) @Schema(description = "GB/T 2260 region code", example = "320200") String regionCode,
		@Nullable @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(description = "CNY") BigDecimal budget,
		@Nullable @Schema(type = "string", format = "date", example = "2027-06-30") LocalDate deadline,
		@NotBlank @Size(max = 100) String contactName,
		@Nullable @Size(max = 40) @Pattern(regexp = Contacts.PHONE) String contactPhone,
		@Nullable @Size(max = 254) @Email String contactEmail, @Nullable Long version) {
}
