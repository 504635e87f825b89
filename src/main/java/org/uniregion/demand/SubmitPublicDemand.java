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
 * A demand submitted by an anonymous visitor; it waits for moderation. {@code homepage} is a honeypot: people
 * never see the field, so a request that fills it is probably a bot's: answered alike, and kept for moderation
 * flagged as suspected spam.
 */
public record SubmitPublicDemand(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String text,
		@Nullable @Size(max = 8) String industryCode, @NotBlank @Size(max = 6) String regionCode,
		@Nullable @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal budget,
		@Nullable @Schema(type = "string", format = "date") LocalDate deadline, @NotBlank @Size(max = 100) String contactName,
		@Nullable @Size(max = 40) @Pattern(regexp = Contacts.PHONE) String contactPhone,
		@Nullable @Size(max = 254) @Email String contactEmail,
		@Nullable @Schema(description = "leave empty", hidden = true) String homepage) {

	SaveDemand toSave() {
		return new SaveDemand(this.title, this.text, this.industryCode, this.regionCode, this.budget, this.deadline,
				this.contactName, this.contactPhone, this.contactEmail, null);
	}

	boolean isBot() {
		return this.homepage != null && !this.homepage.isBlank();
	}

}
