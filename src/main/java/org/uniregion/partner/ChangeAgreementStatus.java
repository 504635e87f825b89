package org.uniregion.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Move an agreement to another status. A termination needs a reason; {@code version} is the version the
 * caller saw.
 */
public record ChangeAgreementStatus(@NotNull AgreementStatus to, @NotNull Long version,
		@Nullable @Size(max = 1000) String reason) {
}
