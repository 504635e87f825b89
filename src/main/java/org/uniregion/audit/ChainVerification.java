package org.uniregion.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a walk over the whole trail: intact, or the first entry that breaks the chain and why
 * ({@code "hash mismatch"}, {@code "chain broken"} or {@code "sequence gap"}). An intact chain also names its
 * head (the last seq and its hash): an auditor who notes the head outside the system can later prove that
 * no entry was removed from the end, which the chain alone cannot show.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChainVerification(boolean intact, long entries, @Nullable Long firstBrokenSeq, @Nullable String reason,
		@Nullable Long headSeq, @Nullable String headHash) {

	static ChainVerification intact(long entries, long headSeq, String headHash) {
		return entries == 0 ? new ChainVerification(true, 0, null, null, null, null)
				: new ChainVerification(true, entries, null, null, headSeq, headHash);
	}

	static ChainVerification broken(long entries, long firstBrokenSeq, String reason) {
		return new ChainVerification(false, entries, firstBrokenSeq, reason, null, null);
	}

	/** The message key of the reason, for the page. */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public String reasonKey() {
		return this.reason == null ? "audit.verify.intact" : "audit.reason." + this.reason.replace(' ', '-');
	}

}
