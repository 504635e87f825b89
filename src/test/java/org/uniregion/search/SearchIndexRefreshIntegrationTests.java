package org.uniregion.search;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Indexing every record again in place (what a start-up does with an index built without term vectors) reports
 * itself as background work, with its progress, so that the administrators' home page shows it while it runs.
 */
@IntegrationTest
class SearchIndexRefreshIntegrationTests {

	@Autowired
	SearchIndex index;

	@Autowired
	BackgroundWork work;

	@Test
	void aRefreshInPlaceIsReportedAsBackgroundWorkWithItsProgress() {
		await().atMost(Duration.ofMinutes(2)).until(() -> {
			IndexStatus.Rebuild r = this.index.status().rebuild();
			return r == null || !r.running();
		});
		this.index.refresh("mapping");
		await().atMost(Duration.ofMinutes(2)).until(() -> !this.index.status().rebuild().running());
		IndexStatus status = this.index.status();
		assertThat(status.rebuild().state()).isEqualTo("DONE");
		assertThat(status.rebuild().reason()).isEqualTo("mapping");
		long documents = status.entries().stream().mapToLong(IndexStatus.Entry::inDatabase).sum();
		assertThat(documents).isPositive();
		assertThat(this.work.activity("search-refresh")).hasValueSatisfying(activity -> {
			assertThat(activity.state()).isEqualTo(BackgroundWork.State.DONE);
			assertThat(activity.total()).as("the records indexed again, as its progress said").isEqualTo(documents);
		});
	}

}
