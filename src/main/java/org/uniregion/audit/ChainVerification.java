package org.uniregion.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a walk over the whole trail: intact, or the first entry that breaks the chain and why
 * ({@code "hash mismatch"}, {@code "chain broken"} or {@code "sequence gap"}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChainVerification(boolean intact, long entries, @Nullable Long firstBrokenSeq, @Nullable String reason) {

	static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	static ChainVerification broken(long entries, long firstBrokenSeq, String reason) {
		return new ChainVerification(false, entries, firstBrokenSeq, reason);
	}

	/** The message key of the reason, for the page. */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public String reasonKey() {
		return this.reason == null ? "audit.verify.intact" : "audit.reason." + this.reason.replace(' ', '-');
	}

}
