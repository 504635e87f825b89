package org.uniregion.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.uniregion.platform.Caller;

import static org.awaitility.Awaitility.await;

/**
 * The product's own rebuild of the search index (an administrator's "Rebuild the index": Hibernate Search's mass
 * indexer, as {@link SearchIndex} configures it), started and waited for, for code outside this package (the
 * catalog benchmark).
 */
public final class IndexRebuildRunner {

	private IndexRebuildRunner() {
	}

	/**
	 * Starts a rebuild as {@code admin} and waits until it is done; the index's state after it (counts in the
	 * database and in the index, and the finished rebuild with its start and end as the product took them).
	 * {@code progress} hears of the running rebuild every 10 seconds or so.
	 */
	public static IndexStatus rebuild(ApplicationContext context, Caller admin, Consumer<IndexStatus.Rebuild> progress) {
		SearchIndex index = context.getBean(SearchIndex.class);
		IndexStatus.Rebuild started = index.rebuild(admin);
		AtomicLong lastHeard = new AtomicLong(System.nanoTime());
		// Its state only (nothing counted while it runs, so that the wait costs the rebuild nothing).
		await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
			IndexStatus.Rebuild now = index.currentRebuild();
			if (now == null || !now.startedAt().equals(started.startedAt())) {
				throw new IllegalStateException("another rebuild replaced this one: " + now);
			}
			if (now.state().equals("FAILED")) {
				throw new IllegalStateException("the rebuild failed: " + now.error());
			}
			if (now.running() && System.nanoTime() - lastHeard.get() > Duration.ofSeconds(10).toNanos()) {
				progress.accept(now);
				lastHeard.set(System.nanoTime());
			}
			return !now.running();
		});
		return index.status(admin);
	}

}
