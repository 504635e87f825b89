package org.uniregion.search;

import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.uniregion.platform.Caller;

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
	public static IndexStatus rebuild(ApplicationContext context, Caller admin, Consumer<IndexStatus.Rebuild> progress)
			throws InterruptedException {
		SearchIndex index = context.getBean(SearchIndex.class);
		IndexStatus.Rebuild started = index.rebuild(admin);
		long lastHeard = System.nanoTime();
		while (true) {
			Thread.sleep(1000); // each look counts the records in the database and in the index
			IndexStatus.Rebuild now = index.status(admin).rebuild();
			if (now == null || !now.startedAt().equals(started.startedAt())) {
				throw new IllegalStateException("another rebuild replaced this one: " + now);
			}
			if (now.state().equals("FAILED")) {
				throw new IllegalStateException("the rebuild failed: " + now.error());
			}
			if (!now.running()) {
				return index.status(admin);
			}
			if (System.nanoTime() - lastHeard > 10_000_000_000L) {
				progress.accept(now);
				lastHeard = System.nanoTime();
			}
		}
	}

}
