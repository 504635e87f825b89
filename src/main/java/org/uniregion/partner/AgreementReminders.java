package org.uniregion.partner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of reminders sent, one per agreement and kind, so that a reminder goes out once however often
 * the job runs (and even when two runs overlap).
 */
@Component
class AgreementReminders {

	static final String EXPIRY = "EXPIRY";

	private final JdbcTemplate jdbc;

	AgreementReminders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the reminder; {@code true} when it is new (and so must be sent now). */
	boolean record(long agreementId, String kind) {
		return this.jdbc.update("insert into agreement_reminder (agreement_id, kind) values (?, ?) "
				+ "on conflict (agreement_id, kind) do nothing", agreementId, kind) == 1;
	}

	void markMailed(long agreementId, String kind, String recipients) {
		this.jdbc.update("update agreement_reminder set mailed_at = now(), mailed_to = ? where agreement_id = ? and kind = ?",
				recipients, agreementId, kind);
	}

	int count(long agreementId) {
		Integer n = this.jdbc.queryForObject("select count(*) from agreement_reminder where agreement_id = ?",
				Integer.class, agreementId);
		return n == null ? 0 : n;
	}

}
