package org.uniregion.lead;

import jakarta.validation.constraints.NotNull;

/** Move a lead to another status; {@code version} is the one the caller saw. */
public record ChangeLeadStatus(@NotNull LeadStatus to, @NotNull Long version) {
}
