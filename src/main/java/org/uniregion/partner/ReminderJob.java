package org.uniregion.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uniregion.platform.Caller;
import org.uniregion.platform.SystemActor;

/**
 * Every day (and once shortly after start-up, so a laptop that was off still catches up) the passing of
 * time is applied to the agreements: signed ones come into force, those near their end become “expiring”
 * and are reminded of once (the reminder mailed when mail is configured, and tried again at the next run if that
 * failed), those past their end expire. One agreement's failure does not stop the others.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final AgreementRepository agreements;

	private final AgreementService service;

	private final AgreementReminders reminders;

	private final ReminderMailer mailer;

	private final TaskScheduler scheduler;

	private final Duration startupDelay;

	ReminderJob(AgreementRepository agreements, AgreementService service, AgreementReminders reminders,
			ReminderMailer mailer, TaskScheduler scheduler,
			@Value("${uniregion.agreements.startup-delay:PT1M}") Duration startupDelay) {
		this.agreements = agreements;
		this.service = service;
		this.reminders = reminders;
		this.mailer = mailer;
		this.scheduler = scheduler;
		this.startupDelay = startupDelay;
	}

	@EventListener(ApplicationReadyEvent.class)
	void scheduleFirstRun() {
		this.scheduler.schedule(this::daily, Instant.now().plus(this.startupDelay));
	}

	@Scheduled(cron = "${uniregion.agreements.reminder-cron:0 30 6 * * *}", zone = "Asia/Shanghai")
	void daily() {
		SystemActor.run(() -> {
			Result r = run();
			log.info("Agreement reminders: {} status changes, {} reminders recorded, {} mailed, {} mails failed",
					r.changes().size(), r.reminded().size(), r.mailed().size(), r.mailFailed().size());
		});
	}

	/** Applies the automatic moves and records the reminders (call as the system). */
	Result run() {
		List<AgreementStatusChanged> changes = new ArrayList<>();
		List<Long> reminded = new ArrayList<>();
		var today = PartnerDates.today();
		List<Long> due = this.agreements.findDueForAdvance(today, today.plusDays(this.service.reminderDays()));
		for (Long id : due) {
			try {
				changes.addAll(this.service.advance(id, Caller.current()));
			}
			catch (RuntimeException ex) {
				log.warn("Could not advance agreement {}: {}", id, ex.toString());
			}
		}
		// Every agreement in the window is reminded of once, however it got there (by the job, by hand, by demo data).
		for (Long id : this.agreements.findIdsByStatus(AgreementStatus.EXPIRING)) {
			if (this.reminders.record(id, AgreementReminders.EXPIRY)) {
				reminded.add(id);
			}
		}
		// Then the mails: the new reminders' and those that failed before.
		ReminderMailer.Outcome mails = this.mailer.sendPending();
		return new Result(changes, reminded, mails.mailed(), mails.failed());
	}

	/** What a run did: status changes, reminders recorded, reminder mails sent and failed (agreement ids). */
	record Result(List<AgreementStatusChanged> changes, List<Long> reminded, List<Long> mailed, List<Long> mailFailed) {
	}

}
