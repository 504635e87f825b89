package org.uniregion.audit;

import org.jspecify.annotations.Nullable;

/**
 * Walks the trail in seq order, one entry at a time (so that the caller can stream it), and remembers the
 * first entry that breaks the chain: its seq does not follow the previous one (an entry was deleted or
 * inserted), its hash is not the hash of its content (it was edited), or its {@code prev_hash} is not the
 * previous entry's hash (an entry before it was replaced, hash and all).
 */
final class ChainVerifier {

	static final String SEQUENCE_GAP = "sequence gap";

	static final String HASH_MISMATCH = "hash mismatch";

	static final String CHAIN_BROKEN = "chain broken";

	private long entries;

	private long expectedSeq = 1;

	private String expectedPrevHash = ChainHash.GENESIS;

	private @Nullable Long firstBrokenSeq;

	private @Nullable String reason;

	void accept(AuditEntry entry) {
		this.entries++;
		if (this.firstBrokenSeq == null) {
			String problem = problemOf(entry);
			if (problem != null) {
				this.firstBrokenSeq = entry.seq();
				this.reason = problem;
			}
		}
		this.expectedSeq = entry.seq() + 1;
		this.expectedPrevHash = entry.hash();
	}

	private @Nullable String problemOf(AuditEntry entry) {
		if (entry.seq() != this.expectedSeq) {
			return SEQUENCE_GAP;
		}
		if (!entry.hashMatches()) {
			return HASH_MISMATCH;
		}
		if (!entry.prevHash().equals(this.expectedPrevHash)) {
			return CHAIN_BROKEN;
		}
		return null;
	}

	ChainVerification result() {
		if (this.firstBrokenSeq == null) {
			return ChainVerification.intact(this.entries, this.expectedSeq - 1, this.expectedPrevHash);
		}
		return ChainVerification.broken(this.entries, this.firstBrokenSeq, java.util.Objects.requireNonNull(this.reason));
	}

}
