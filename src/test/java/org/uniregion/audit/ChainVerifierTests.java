package org.uniregion.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTests {

	/** A chain of {@code n} entries, as the writer would append them. */
	static List<AuditEntry> chain(int n) {
		List<AuditEntry> entries = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (int i = 1; i <= n; i++) {
			PendingEntry p = new PendingEntry(Instant.parse("2026-11-24T08:00:00Z").plusSeconds(i), "staff", AuditAction.UPDATE,
					"agreement", String.valueOf(i % 3), "{\"title\":\"v" + (i - 1) + "\"}", "{\"title\":\"v" + i + "\"}");
			AuditEntry e = p.chainAfter(i, prev);
			entries.add(e);
			prev = e.hash();
		}
		return entries;
	}

	static ChainVerification verify(List<AuditEntry> entries) {
		ChainVerifier v = new ChainVerifier();
		entries.forEach(v::accept);
		return v.result();
	}

	static AuditEntry withAfter(AuditEntry e, String after) {
		return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.before(), after,
				e.prevHash(), e.hash());
	}

	@Test
	void anEmptyTrailIsIntact() {
		assertThat(verify(List.of())).isEqualTo(ChainVerification.intact(0, 0, ChainHash.GENESIS));
	}

	@Test
	void anUntouchedChainIsIntact() {
		List<AuditEntry> entries = chain(50);
		assertThat(verify(entries)).isEqualTo(ChainVerification.intact(50, 50, entries.get(49).hash()));
	}

	@Test
	void anEditedEntryIsAHashMismatchAtThatEntry() {
		List<AuditEntry> entries = chain(10);
		entries.set(6, withAfter(entries.get(6), "{\"title\":\"forged\"}"));
		assertThat(verify(entries)).isEqualTo(ChainVerification.broken(10, 7, ChainVerifier.HASH_MISMATCH));
	}

	@Test
	void anEditedActorOrTimeIsAHashMismatch() {
		List<AuditEntry> entries = chain(5);
		AuditEntry e = entries.get(2);
		entries.set(2, new AuditEntry(e.seq(), e.occurredAt(), "admin", e.action(), e.entityType(), e.entityId(), e.before(),
				e.after(), e.prevHash(), e.hash()));
		assertThat(verify(entries).firstBrokenSeq()).isEqualTo(3L);
		entries = chain(5);
		e = entries.get(3);
		entries.set(3, new AuditEntry(e.seq(), e.occurredAt().plusNanos(1000), e.actor(), e.action(), e.entityType(),
				e.entityId(), e.before(), e.after(), e.prevHash(), e.hash()));
		assertThat(verify(entries)).isEqualTo(ChainVerification.broken(5, 4, ChainVerifier.HASH_MISMATCH));
	}

	@Test
	void aDeletedMiddleEntryIsASequenceGapAtTheNextEntry() {
		List<AuditEntry> entries = chain(10);
		entries.remove(4); // seq 5
		assertThat(verify(entries)).isEqualTo(ChainVerification.broken(9, 6, ChainVerifier.SEQUENCE_GAP));
	}

	@Test
	void aDeletedFirstEntryIsASequenceGap() {
		List<AuditEntry> entries = chain(3);
		entries.remove(0);
		assertThat(verify(entries)).isEqualTo(ChainVerification.broken(2, 2, ChainVerifier.SEQUENCE_GAP));
	}

	@Test
	void aReplacedEntryWithAValidHashBreaksTheLinkOfTheNext() {
		List<AuditEntry> entries = chain(10);
		AuditEntry original = entries.get(3);
		PendingEntry forged = new PendingEntry(original.occurredAt(), "admin", AuditAction.DELETE, original.entityType(),
				original.entityId(), original.before(), null);
		entries.set(3, forged.chainAfter(original.seq(), original.prevHash()));
		assertThat(verify(entries)).isEqualTo(ChainVerification.broken(10, 5, ChainVerifier.CHAIN_BROKEN));
	}

	@Test
	void deletionAndRenumberingIsStillCaught() {
		List<AuditEntry> entries = chain(6);
		entries.remove(2);
		List<AuditEntry> renumbered = new ArrayList<>();
		for (AuditEntry e : entries) {
			long seq = renumbered.size() + 1;
			renumbered.add(new AuditEntry(seq, e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.before(),
					e.after(), e.prevHash(), e.hash()));
		}
		assertThat(verify(renumbered)).isEqualTo(ChainVerification.broken(5, 3, ChainVerifier.HASH_MISMATCH));
	}

	@Test
	void reportsTheFirstBreakAndCountsAll() {
		List<AuditEntry> entries = chain(10);
		entries.set(8, withAfter(entries.get(8), "{}"));
		entries.set(2, withAfter(entries.get(2), "{}"));
		assertThat(verify(entries)).isEqualTo(ChainVerification.broken(10, 3, ChainVerifier.HASH_MISMATCH));
	}

	@Test
	void theFirstEntryLinksToGenesis() {
		List<AuditEntry> entries = chain(2);
		assertThat(entries.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
		assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
	}

}
