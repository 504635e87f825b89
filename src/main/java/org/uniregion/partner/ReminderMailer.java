package org.uniregion.partner;

import java.util.LinkedHashSet;
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

/**
 * Mails an expiry reminder to the organization's contacts and to the office (the sender address), when mail
 * is configured ({@code spring.mail.host}). A mail that cannot be sent is logged, never fatal.
 */
@Component
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final OrganizationRepository organizations;

	private final AgreementReminders reminders;

	private final MessageSource messages;

	private final String from;

	ReminderMailer(ObjectProvider<JavaMailSender> mail, OrganizationRepository organizations,
			AgreementReminders reminders, MessageSource messages,
			@Value("${uniregion.mail.from:uniregion@localhost}") String from) {
		this.mail = mail;
		this.organizations = organizations;
		this.reminders = reminders;
		this.messages = messages;
		this.from = from;
	}

	void send(Agreement a) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			Set<String> to = new LinkedHashSet<>();
			if (a.getOrganizationId() != null) {
				this.organizations.findById(a.getOrganizationId()).ifPresent(o -> o.getContacts().stream()
					.map(Contact::getEmail).filter(e -> e != null && !e.isBlank()).forEach(to::add));
			}
			to.add(this.from);
			Object[] args = { a.getTitle(), String.valueOf(a.getEndDate()), a.id() };
			SimpleMailMessage m = new SimpleMailMessage();
			m.setFrom(this.from);
			m.setTo(to.toArray(String[]::new));
			m.setSubject(this.messages.getMessage("reminder.mail.subject", args, Locale.SIMPLIFIED_CHINESE) + " / "
					+ this.messages.getMessage("reminder.mail.subject", args, Locale.ENGLISH));
			m.setText(this.messages.getMessage("reminder.mail.body", args, Locale.SIMPLIFIED_CHINESE) + "\n\n----\n\n"
					+ this.messages.getMessage("reminder.mail.body", args, Locale.ENGLISH));
			sender.send(m);
			this.reminders.markMailed(a.id(), AgreementReminders.EXPIRY, String.join(", ", to));
		}
		catch (RuntimeException ex) {
			log.warn("Could not mail the expiry reminder of agreement {}: {}", a.getId(), ex.toString());
		}
	}

}
