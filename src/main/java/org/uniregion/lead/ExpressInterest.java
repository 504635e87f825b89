package org.uniregion.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Interest in a published result, sent by a visitor. {@code website} is a honeypot: people never see the field,
 * so a request that fills it is probably a bot's: answered alike, and kept for the office flagged as suspected spam.
 */
public record ExpressInterest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String organization,
		@NotBlank @Size(max = 254) @Email String email,
		@Nullable @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*") String phone,
		@NotBlank @Size(max = 4000) String message,
		@Nullable @Schema(description = "leave empty", hidden = true) String website) {

	boolean isBot() {
		return this.website != null && !this.website.isBlank();
	}

}
