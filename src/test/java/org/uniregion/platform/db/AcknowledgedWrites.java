package org.uniregion.platform.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A counted stream of writes from several threads, for the crash tests: each thread writes until stopped, and
 * only the ids whose write was acknowledged (committed, as far as the writer was told) are counted. A writer
 * that throws ends its thread, as a writer whose connection died does.
 */
final class AcknowledgedWrites {

	/** One write: the id of what was written and acknowledged, or {@code null} when it was refused. */
	@FunctionalInterface
	interface Writer {

		@Nullable Long write(int thread, int sequence) throws Exception;

	}

	private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean stop = new AtomicBoolean();

	private final List<Thread> threads = new ArrayList<>();

	private AcknowledgedWrites() {
	}

	static AcknowledgedWrites start(int threads, Writer writer) {
		AcknowledgedWrites writes = new AcknowledgedWrites();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread th = new Thread(() -> {
				try {
					for (int i = 0; !writes.stop.get(); i++) {
						Long id = writer.write(thread, i);
						if (id != null) {
							writes.acknowledged.add(id);
						}
					}
				}
				catch (Exception ex) {
					// The connection died with the server: this writer is done.
				}
			}, "writer-" + t);
			th.start();
			writes.threads.add(th);
		}
		return writes;
	}

	/** Waits until at least {@code count} writes are acknowledged, while the stream goes on. */
	void awaitAtLeast(int count) {
		await().atMost(Duration.ofMinutes(3)).until(() -> this.acknowledged.size() >= count);
	}

	/**
	 * Asserts that every acknowledged id is present after the crash, and prints the count either way: a failure
	 * names how many were lost and the first of them.
	 */
	static void assertAllPresent(Set<Long> acknowledged, Set<Long> present, String crash) {
		Set<Long> lost = new TreeSet<>(acknowledged);
		lost.removeAll(present);
		System.out.printf("%s: %d writes acknowledged, %d of them present after the restart, %d lost%n", crash,
				acknowledged.size(), acknowledged.size() - lost.size(), lost.size());
		assertThat(lost).as("%d of %d acknowledged writes lost after %s; the first: %s", lost.size(), acknowledged.size(),
				crash, lost.stream().limit(10).toList()).isEmpty();
	}

	/** Stops the stream and waits for its threads; returns every acknowledged id. */
	Set<Long> stop() throws InterruptedException {
		this.stop.set(true);
		for (Thread t : this.threads) {
			t.join();
		}
		return Set.copyOf(this.acknowledged);
	}

}
