package org.uniregion.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;

/**
 * Reading the trail: filtered pages of entries, newest first, and the verification of the whole chain.
 * Both are for those the access policy lets read {@link Resource#AUDIT_TRAIL}.
 */
@Service
class AuditTrail {

	static final int MAX_PAGE_SIZE = 100;

	private static final int VERIFY_BATCH = 1000;

	private static final String COLUMNS = "seq, occurred_at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash";

	private static final RowMapper<AuditEntry> ROW = AuditTrail::entry;

	private final JdbcTemplate jdbc;

	private final AccessPolicy policy;

	private final AuditCapture capture;

	AuditTrail(JdbcTemplate jdbc, AccessPolicy policy, AuditCapture capture) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.capture = capture;
	}

	@Transactional(readOnly = true)
	Page<AuditEntryView> find(Caller caller, AuditFilter filter, int page, int size) {
		this.policy.requireRead(caller, Resource.AUDIT_TRAIL);
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		condition(where, args, "entity_type = ?", filter.entityType());
		condition(where, args, "entity_id = ?", filter.entityId());
		condition(where, args, "actor = ?", filter.actor());
		condition(where, args, "action = ?", filter.action() == null ? null : filter.action().name());
		condition(where, args, "occurred_at >= ?", filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		condition(where, args, "occurred_at < ?", filter.to() == null ? null : OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		Long total = this.jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageSize);
		pageArgs.add((long) pageNumber * pageSize);
		List<AuditEntryView> content = this.jdbc
			.query("select " + COLUMNS + " from audit_entry" + where + " order by seq desc limit ? offset ?", ROW, pageArgs.toArray())
			.stream()
			.map(AuditEntryView::of)
			.toList();
		return new PageImpl<>(content, PageRequest.of(pageNumber, pageSize, Sort.by(Sort.Direction.DESC, "seq")),
				total == null ? 0 : total);
	}

	/** Walks the whole chain in seq order, a batch at a time, and says whether it is intact. */
	@Transactional(readOnly = true)
	ChainVerification verify(Caller caller) {
		this.policy.requireRead(caller, Resource.AUDIT_TRAIL);
		ChainVerifier verifier = new ChainVerifier();
		long after = Long.MIN_VALUE;
		while (true) {
			List<AuditEntry> batch = this.jdbc.query(
					"select " + COLUMNS + " from audit_entry where seq > ? order by seq limit " + VERIFY_BATCH, ROW, after);
			batch.forEach(verifier::accept);
			if (batch.size() < VERIFY_BATCH) {
				return verifier.result();
			}
			after = batch.get(batch.size() - 1).seq();
		}
	}

	/** One entry by its seq. */
	@Transactional(readOnly = true)
	Optional<AuditEntryView> entry(Caller caller, long seq) {
		this.policy.requireRead(caller, Resource.AUDIT_TRAIL);
		return this.jdbc.query("select " + COLUMNS + " from audit_entry where seq = ?", ROW, seq).stream()
			.findFirst()
			.map(AuditEntryView::of);
	}

	/** The entity types one can filter by. */
	List<String> entityTypes() {
		return this.capture.auditedTypes();
	}

	private static void condition(StringBuilder where, List<Object> args, String sql, @org.jspecify.annotations.Nullable Object value) {
		if (value != null) {
			where.append(" and ").append(sql);
			args.add(value);
		}
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
	}

}
