package org.uniregion.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of reminders, one per agreement and kind, so that a reminder is recorded once however often the
 * job runs (and even when two runs overlap). Its mail is a separate matter: {@code mailed_at} is set only when
 * the mail went out, so a mail that failed is tried again at the next runs, a limited number of times.
 */
@Component
class AgreementReminders {

	static final String EXPIRY = "EXPIRY";

	private final JdbcTemplate jdbc;

	AgreementReminders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the reminder; {@code true} when it is new. */
	boolean record(long agreementId, String kind) {
		return this.jdbc.update("insert into agreement_reminder (agreement_id, kind) values (?, ?) "
				+ "on conflict (agreement_id, kind) do nothing", agreementId, kind) == 1;
	}

	/**
	 * The agreements whose expiry reminder is still to be mailed: not mailed yet, tried fewer than
	 * {@code maxAttempts} times, and the agreement still expiring (once it has expired or was renewed or
	 * terminated, a reminder mail would only confuse).
	 */
	List<Long> unmailedExpiry(int maxAttempts) {
		return this.jdbc.queryForList("""
				select r.agreement_id from agreement_reminder r join agreement a on a.id = r.agreement_id
				where r.kind = ? and r.mailed_at is null and r.mail_attempts < ? and a.status = 'EXPIRING'
				order by r.agreement_id""", Long.class, EXPIRY, maxAttempts);
	}

	/**
	 * Locks the reminder for mailing (within the caller's transaction) if it is still unmailed and no other
	 * run holds it; {@code false} otherwise.
	 */
	boolean claimForMail(long agreementId, String kind) {
		return !this.jdbc.queryForList("select id from agreement_reminder where agreement_id = ? and kind = ? "
				+ "and mailed_at is null for update skip locked", Long.class, agreementId, kind).isEmpty();
	}

	void markMailed(long agreementId, String kind, String recipients) {
		this.jdbc.update("update agreement_reminder set mailed_at = now(), mailed_to = ?, mail_attempts = mail_attempts + 1, "
				+ "mail_attempted_at = now(), mail_error = null where agreement_id = ? and kind = ?",
				recipients, agreementId, kind);
	}

	void markMailFailed(long agreementId, String kind, String error) {
		this.jdbc.update("update agreement_reminder set mail_attempts = mail_attempts + 1, mail_attempted_at = now(), "
				+ "mail_error = ? where agreement_id = ? and kind = ?",
				error.length() > 1000 ? error.substring(0, 1000) : error, agreementId, kind);
	}

	/** The mail state of one reminder, or {@code null} when there is none (for tests and support). */
	@Nullable MailState mailState(long agreementId, String kind) {
		List<MailState> found = this.jdbc.query(
				"select mailed_at is not null, mailed_to, mail_attempts, mail_error from agreement_reminder "
						+ "where agreement_id = ? and kind = ?",
				(rs, i) -> new MailState(rs.getBoolean(1), rs.getString(2), rs.getInt(3), rs.getString(4)), agreementId,
				kind);
		return found.isEmpty() ? null : found.get(0);
	}

	record MailState(boolean mailed, @Nullable String mailedTo, int attempts, @Nullable String error) {
	}

}
