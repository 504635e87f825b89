package org.uniregion.demand;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uniregion.platform.SystemActor;

/**
 * Every night, submitted and open demands whose deadline has passed become EXPIRED (and are published as
 * closed, so that matching stops proposing them). One demand's failure does not stop the others.
 */
@Component
class DemandExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(DemandExpiryJob.class);

	private final DemandService demands;

	DemandExpiryJob(DemandService demands) {
		this.demands = demands;
	}

	@Scheduled(cron = "${uniregion.demand.expiry-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		SystemActor.run(() -> log.info("Demand expiry: {} demands expired", run(DemandService.today())));
	}

	/** Expires the demands due on {@code today} (call as the system); answers how many. */
	int run(LocalDate today) {
		int expired = 0;
		for (Long id : this.demands.dueForExpiry(today)) {
			try {
				if (this.demands.expire(id, today)) {
					expired++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not expire demand {}: {}", id, ex.toString());
			}
		}
		return expired;
	}

}
