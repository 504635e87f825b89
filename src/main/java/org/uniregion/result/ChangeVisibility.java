package org.uniregion.result;

import jakarta.validation.constraints.NotNull;

/** Move a research result to another visibility; {@code version} is the version the caller saw. */
public record ChangeVisibility(@NotNull Visibility to, @NotNull Long version) {
}
