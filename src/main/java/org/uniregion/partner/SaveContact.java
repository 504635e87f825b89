package org.uniregion.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Add or change a contact person; {@code version} is required to change one. */
public record SaveContact(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 100) String title,
		@Nullable @Size(max = 40) @Pattern(regexp = "^[0-9+()\\- ]{0,40}$", message = "{contact.phone.invalid}") String phone,
		@Nullable @Size(max = 254) @Email String email, @Nullable Long version) {
}
