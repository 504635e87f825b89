package org.uniregion.partner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the expiry reminders to the organization's contacts and to the office (the sender address), when mail
 * is configured ({@code spring.mail.host}); in Chinese and English, as the recipients' language is not known.
 * A reminder counts as mailed only once the mail server took the mail: a failure is recorded with its error
 * and the mail is tried again at the next runs (at most {@code uniregion.agreements.reminder-mail-attempts}
 * times, while the agreement is still expiring). A failure is never fatal to the job.
 */
@Component
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final AgreementRepository agreements;

	private final OrganizationRepository organizations;

	private final AgreementReminders reminders;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final String from;

	private final int maxAttempts;

	ReminderMailer(ObjectProvider<JavaMailSender> mail, AgreementRepository agreements,
			OrganizationRepository organizations, AgreementReminders reminders, MessageSource messages,
			PlatformTransactionManager transactions,
			@Value("${uniregion.mail.from:uniregion@localhost}") String from,
			@Value("${uniregion.agreements.reminder-mail-attempts:5}") int maxAttempts) {
		this.mail = mail;
		this.agreements = agreements;
		this.organizations = organizations;
		this.reminders = reminders;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.from = from;
		this.maxAttempts = maxAttempts;
	}

	/** Mails every expiry reminder not mailed yet; answers what happened (nothing when mail is not configured). */
	Outcome sendPending() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return new Outcome(List.of(), List.of());
		}
		List<Long> sent = new ArrayList<>();
		List<Long> failed = new ArrayList<>();
		for (Long id : this.reminders.unmailedExpiry(this.maxAttempts)) {
			try {
				Boolean ok = this.transaction.execute(status -> sendOne(sender, id));
				if (Boolean.TRUE.equals(ok)) {
					sent.add(id);
				}
				else if (Boolean.FALSE.equals(ok)) {
					failed.add(id);
				}
			}
			catch (RuntimeException ex) {
				failed.add(id);
				log.warn("Could not mail the expiry reminder of agreement {}: {}", id, ex.toString());
			}
		}
		return new Outcome(sent, failed);
	}

	/**
	 * Within a transaction that holds the reminder's row, so that an overlapping run does not mail it twice:
	 * {@code true} when sent, {@code false} when it failed, {@code null} when another run has it or it is no
	 * longer due.
	 */
	private @org.jspecify.annotations.Nullable Boolean sendOne(JavaMailSender sender, long agreementId) {
		if (!this.reminders.claimForMail(agreementId, AgreementReminders.EXPIRY)) {
			return null;
		}
		Agreement a = this.agreements.findById(agreementId).orElse(null);
		if (a == null || a.getStatus() != AgreementStatus.EXPIRING) {
			return null;
		}
		Set<String> to = recipients(a);
		try {
			sender.send(message(a, to));
		}
		catch (RuntimeException ex) {
			log.warn("Could not mail the expiry reminder of agreement {} (will try again at the next run): {}",
					agreementId, ex.toString());
			this.reminders.markMailFailed(agreementId, AgreementReminders.EXPIRY, ex.toString());
			return false;
		}
		this.reminders.markMailed(agreementId, AgreementReminders.EXPIRY, String.join(", ", to));
		return true;
	}

	private Set<String> recipients(Agreement a) {
		Set<String> to = new LinkedHashSet<>();
		if (a.getOrganizationId() != null) {
			this.organizations.findById(a.getOrganizationId()).ifPresent(o -> o.getContacts().stream()
				.map(Contact::getEmail).filter(e -> e != null && !e.isBlank()).forEach(e -> to.add(e.trim())));
		}
		to.add(this.from);
		return to;
	}

	private SimpleMailMessage message(Agreement a, Set<String> to) {
		Object[] args = { a.getTitle(), String.valueOf(a.getEndDate()), String.valueOf(a.id()) };
		SimpleMailMessage m = new SimpleMailMessage();
		m.setFrom(this.from);
		m.setTo(to.toArray(String[]::new));
		m.setSubject(this.messages.getMessage("reminder.mail.subject", args, Locale.SIMPLIFIED_CHINESE) + " / "
				+ this.messages.getMessage("reminder.mail.subject", args, Locale.ENGLISH));
		m.setText(this.messages.getMessage("reminder.mail.body", args, Locale.SIMPLIFIED_CHINESE) + "\n\n----\n\n"
				+ this.messages.getMessage("reminder.mail.body", args, Locale.ENGLISH));
		return m;
	}

	/** The agreements whose reminder was mailed in this run, and those whose mail failed. */
	record Outcome(List<Long> mailed, List<Long> failed) {
	}

}
