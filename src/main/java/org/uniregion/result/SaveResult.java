package org.uniregion.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Create or change a research result. List fields are JSON arrays in the API; in the web form they are
 * comma-separated (a Chinese comma or semicolon separates as well). IPC classes and industries must be real
 * codes (IPC 2026.01, GB/T 4754-2017). {@code ownerUsername} lets the office create a result for a researcher
 * (ignored for researchers, who always own what they create). {@code version} is required to change one.
 */
public record SaveResult(@NotNull ResultType type, @NotBlank @Size(max = 500) String title,
		@Nullable @Size(max = 20000) String abstractText, @Nullable @Size(max = 30) List<@Size(max = 100) String> keywords,
		@Nullable @Size(max = 200) String discipline,
		@Nullable @Size(max = 30) @Schema(example = "[\"G06F16/35\"]") List<@Size(max = 20) String> ipcClasses,
		@Nullable @Size(max = 30) @Schema(example = "[\"6513\"]") List<@Size(max = 5) String> industries,
		@Nullable @Min(1) @Max(9) Integer trl, @Nullable IpStatus ipStatus,
		@Nullable @Size(max = 30) List<@Size(max = 60) String> ipNumbers,
		@Nullable @Size(max = 50) List<@Size(max = 100) String> researchers, @Nullable @Size(max = 300) String lab,
		@Nullable @Size(max = 300) String department, @Nullable Set<TransferMode> transferModes,
		@Nullable @Size(max = 4000) String askingTerms,
		@Nullable @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal askingAmount,
		@Nullable @Pattern(regexp = "zh|en") String language, @Nullable @Size(max = 64) String ownerUsername,
		@Nullable Long version) {
}
