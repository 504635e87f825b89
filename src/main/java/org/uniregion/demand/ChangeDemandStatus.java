package org.uniregion.demand;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Move a demand to another status; rejecting a public submission needs a reason. */
public record ChangeDemandStatus(@NotNull DemandStatus to, @NotNull Long version, @Nullable @Size(max = 1000) String reason) {
}
