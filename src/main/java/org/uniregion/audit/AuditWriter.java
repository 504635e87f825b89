package org.uniregion.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Appends entries to the chain on the connection of the transaction that made the changes. Appends are
 * serialized by a transaction-scoped advisory lock taken just before the last entry is read, so two
 * transactions can never both extend the same entry (the chain cannot fork); the lock is released by the
 * commit or rollback, which is also what makes the new entries visible to the next writer.
 */
final class AuditWriter {

	/** The advisory lock key of the audit chain ("URAUDIT1"). */
	static final long LOCK_KEY = 0x5552_4155_4449_5431L;

	private static final String INSERT = "insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, "
			+ "before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private AuditWriter() {
	}

	static void append(Connection connection, List<PendingEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
			lock.setLong(1, LOCK_KEY);
			lock.execute();
		}
		long seq = 0;
		String prevHash = ChainHash.GENESIS;
		try (PreparedStatement last = connection.prepareStatement("select seq, hash from audit_entry order by seq desc limit 1");
				ResultSet rs = last.executeQuery()) {
			if (rs.next()) {
				seq = rs.getLong(1);
				prevHash = rs.getString(2);
			}
		}
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (PendingEntry pending : entries) {
				seq++;
				AuditEntry entry = pending.chainAfter(seq, prevHash);
				insert.setLong(1, entry.seq());
				insert.setObject(2, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
				insert.setString(3, entry.actor());
				insert.setString(4, entry.action());
				insert.setString(5, entry.entityType());
				insert.setString(6, entry.entityId());
				setText(insert, 7, entry.before());
				setText(insert, 8, entry.after());
				insert.setString(9, entry.prevHash());
				insert.setString(10, entry.hash());
				insert.addBatch();
				prevHash = entry.hash();
			}
			insert.executeBatch();
		}
	}

	private static void setText(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, value);
		}
	}

}
