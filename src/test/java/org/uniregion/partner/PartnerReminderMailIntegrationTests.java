package org.uniregion.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.platform.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminder mails through a real SMTP server (GreenMail): the application runs with {@code spring.mail.*}
 * pointing at it, in a context and an embedded database of its own (the test run's data directory plus
 * "-mail"), closed after this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"uniregion.data-dir=${uniregion.test.mail-data-dir}", "spring.mail.host=localhost",
		"spring.mail.port=${uniregion.test.smtp-port}", "uniregion.mail.from=office@uniregion.test",
		"spring.mail.properties.mail.smtp.connectiontimeout=5000", "spring.mail.properties.mail.smtp.timeout=5000",
		"uniregion.agreements.startup-delay=PT12H" })
@ActiveProfiles("test")
@DirtiesContext
class PartnerReminderMailIntegrationTests {

	private static final int SMTP_PORT = freePort();

	static {
		// Set before the application starts (reading the static extension below initializes this class):
		// the embedded database must not be the shared one of the other full-stack tests.
		System.setProperty("uniregion.test.mail-data-dir",
				System.getProperty("uniregion.data-dir", "target/test-data/local") + "-mail");
		System.setProperty("uniregion.test.smtp-port", String.valueOf(SMTP_PORT));
	}

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	private static final String OFFICE = "office@uniregion.test";

	@Autowired
	ReminderJob job;

	@Autowired
	AgreementReminders reminders;

	@Autowired
	OrganizationService organizations;

	@Autowired
	AgreementService agreements;

	@Value("${uniregion.data-dir}")
	String dataDir;

	@Test
	void mailsEachReminderOnceAndRetriesAFailedMailAtTheNextRun() throws Exception {
		assertThat(this.dataDir).endsWith("-mail");
		// The demo data's expiring agreements are reminded of first; from here on only ours count.
		run();
		smtp.purgeEmailFromAllMailboxes();

		long org = organization("邮件测试单位", "zhao@partner-mail.test", "qian@partner-mail.test");
		LocalDate today = PartnerDates.today();
		long first = inForce(org, "邮件提醒测试协议", today.minusYears(1), today.plusDays(30));

		ReminderJob.Result result = run();
		assertThat(result.reminded()).containsExactly(first);
		assertThat(result.mailed()).containsExactly(first);
		assertThat(result.mailFailed()).isEmpty();
		List<String> recipients = List.of("zhao@partner-mail.test", "qian@partner-mail.test", OFFICE);
		for (String to : recipients) {
			List<MimeMessage> got = mailsTo(to);
			assertThat(got).as(to).hasSize(1);
			MimeMessage m = got.get(0);
			assertThat(m.getSubject()).contains("合作协议“邮件提醒测试协议”将于 " + today.plusDays(30) + " 到期")
				.contains("Agreement \"邮件提醒测试协议\" ends on " + today.plusDays(30));
			assertThat(m.getFrom()[0].toString()).isEqualTo(OFFICE);
			assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString))
				.containsExactlyInAnyOrderElementsOf(recipients);
			String body = String.valueOf(m.getContent());
			assertThat(body).contains("合作协议“邮件提醒测试协议”（编号 " + first + "）")
				.contains("The framework agreement \"邮件提醒测试协议\" (no. " + first + ") ends on " + today.plusDays(30));
		}
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		AgreementReminders.MailState state = this.reminders.mailState(first, AgreementReminders.EXPIRY);
		assertThat(state).isNotNull();
		assertThat(state.mailed()).isTrue();
		assertThat(state.attempts()).isEqualTo(1);
		assertThat(state.mailedTo()).contains("zhao@partner-mail.test", "qian@partner-mail.test", OFFICE);

		// Running again sends nothing more.
		ReminderJob.Result again = run();
		assertThat(again.reminded()).isEmpty();
		assertThat(again.mailed()).isEmpty();
		assertThat(smtp.getReceivedMessages()).hasSize(3);

		// The mail server is down: the job still completes, the failure is recorded, and nothing counts as mailed.
		long second = inForce(org, "邮件故障测试协议", today.minusYears(1), today.plusDays(20));
		smtp.stop();
		ReminderJob.Result failed;
		try {
			failed = run();
		}
		finally {
			smtp.start();
		}
		assertThat(failed.reminded()).containsExactly(second);
		assertThat(failed.mailed()).isEmpty();
		assertThat(failed.mailFailed()).containsExactly(second);
		AgreementReminders.MailState failure = this.reminders.mailState(second, AgreementReminders.EXPIRY);
		assertThat(failure).isNotNull();
		assertThat(failure.mailed()).isFalse();
		assertThat(failure.attempts()).isEqualTo(1);
		assertThat(failure.error()).isNotBlank();

		// Back up: the next run mails it, once.
		ReminderJob.Result retried = run();
		assertThat(retried.reminded()).isEmpty();
		assertThat(retried.mailed()).containsExactly(second);
		for (String to : recipients) {
			assertThat(mailsTo(to).stream().filter(m -> subject(m).contains("邮件故障测试协议")).count()).as(to).isEqualTo(1);
		}
		AgreementReminders.MailState sent = this.reminders.mailState(second, AgreementReminders.EXPIRY);
		assertThat(sent).isNotNull();
		assertThat(sent.mailed()).isTrue();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.error()).isNull();
		int total = smtp.getReceivedMessages().length;
		assertThat(run().mailed()).isEmpty();
		assertThat(smtp.getReceivedMessages()).hasSize(total);
	}

	@Test
	void givesUpAfterTheConfiguredNumberOfAttempts() throws Exception {
		long org = organization("邮件重试单位", "sun@partner-mail.test");
		LocalDate today = PartnerDates.today();
		long id = inForce(org, "邮件重试上限协议", today.minusYears(1), today.plusDays(10));
		smtp.stop();
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(run().mailFailed()).as("attempt " + (i + 1)).contains(id);
			}
			// The sixth run no longer tries.
			assertThat(run().mailFailed()).doesNotContain(id);
		}
		finally {
			smtp.start();
		}
		AgreementReminders.MailState state = this.reminders.mailState(id, AgreementReminders.EXPIRY);
		assertThat(state).isNotNull();
		assertThat(state.mailed()).isFalse();
		assertThat(state.attempts()).isEqualTo(5);
		assertThat(run().mailed()).doesNotContain(id);
		assertThat(mailsTo("sun@partner-mail.test")).isEmpty();
	}

	ReminderJob.Result run() {
		ReminderJob.Result[] result = new ReminderJob.Result[1];
		SystemActor.run(() -> result[0] = this.job.run());
		return result[0];
	}

	List<MimeMessage> mailsTo(String address) {
		return smtp.findReceivedMessages(u -> address.equals(u.getEmail()), m -> true).toList();
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/*
	 * The fixtures are made through the services, as an office user: this context has a database of its own,
	 * and the shared ApiClient keeps its tokens per user, from the other context's database.
	 */
	static final Caller STAFF = new Caller(null, "staff", Role.STAFF, null, null);

	long organization(String name, String... emails) {
		OrganizationView o = this.organizations.create(STAFF, new SaveOrganization(name, null, OrganizationType.ENTERPRISE,
				"320205", null, null, null, null, null));
		for (String email : emails) {
			this.organizations.addContact(STAFF, o.id(), new SaveContact("联系人", null, null, email, null));
		}
		// A contact without an e-mail address is simply not mailed.
		this.organizations.addContact(STAFF, o.id(), new SaveContact("无邮箱联系人", null, null, null, null));
		return o.id();
	}

	long inForce(long organizationId, String title, LocalDate start, LocalDate end) {
		AgreementView a = this.agreements.create(STAFF, new SaveAgreement(title, null, organizationId,
				start.minusDays(1).toString(), start.toString(), end.toString(), Set.of(CollaborationArea.TALENT), null,
				null, null, null));
		for (AgreementStatus to : List.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE)) {
			a = this.agreements.transition(STAFF, a.id(), new ChangeAgreementStatus(to, a.version(), null));
		}
		return a.id();
	}

	private static int freePort() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
