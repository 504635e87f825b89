package org.uniregion.platform;

import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What runs in the background while the product already answers: the {@link StartupTask}s (started once the
 * application is ready, one after the other on a thread of their own) and longer activities that other parts
 * report here (a search index rebuild), so that the home page can tell administrators what is still running.
 * <p>
 * {@code uniregion.startup.await-background=true} makes the start wait for the start-up tasks (the tests use it,
 * so that they begin with the demo data in place); the tasks still run on their own thread.
 */
@Component
public class BackgroundWork implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

	public enum State {

		WAITING, RUNNING, DONE, FAILED

	}

	/**
	 * One piece of background work.
	 *
	 * @param key its name in the messages, {@code background.task.<key>}
	 * @param done how much of {@code total} is done (both 0 when unknown)
	 */
	public record Activity(String key, State state, long done, long total, @Nullable Instant startedAt,
			@Nullable Instant finishedAt) {

		/** Percent done, or -1 when unknown. */
		public int percent() {
			return this.total <= 0 ? -1 : (int) Math.min(100, this.done * 100 / this.total);
		}

		public boolean active() {
			return this.state == State.WAITING || this.state == State.RUNNING;
		}

	}

	/** Where work reports how far it is. */
	public interface Progress {

		void progress(long done, long total);

	}

	/** An activity reported by its owner: progress while it runs, then {@link #done()} or {@link #failed()}. */
	public final class Tracked implements Progress {

		private final String key;

		private volatile boolean finished;

		private Tracked(String key) {
			this.key = key;
		}

		/** Progress; ignored once done or failed (a late report from another thread). */
		@Override
		public void progress(long done, long total) {
			synchronized (BackgroundWork.this) {
				if (!this.finished) {
					update(this.key, State.RUNNING, done, total);
				}
			}
		}

		public void done() {
			synchronized (BackgroundWork.this) {
				this.finished = true;
				update(this.key, State.DONE, -1, -1);
			}
		}

		public void failed() {
			synchronized (BackgroundWork.this) {
				this.finished = true;
				update(this.key, State.FAILED, -1, -1);
			}
		}

	}

	private final Map<String, Activity> activities = new LinkedHashMap<>();

	private final ObjectProvider<StartupTask> tasks;

	private final boolean await;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "uniregion-background");
		t.setDaemon(true);
		return t;
	});

	private final CountDownLatch startupTasksDone = new CountDownLatch(1);

	private volatile boolean running;

	BackgroundWork(ObjectProvider<StartupTask> tasks,
			@Value("${uniregion.startup.await-background:false}") boolean await) {
		this.tasks = tasks;
		this.await = await;
	}

	/** Starts the start-up tasks once the application is ready (after every other listener of that event). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void startTasks() {
		List<StartupTask> ordered = this.tasks.orderedStream()
			.sorted(Comparator.comparingInt(StartupTask::order))
			.toList();
		ordered.forEach(t -> update(t.key(), State.WAITING, 0, 0));
		this.executor.execute(() -> {
			try {
				for (StartupTask task : ordered) {
					if (Thread.currentThread().isInterrupted()) {
						return;
					}
					run(task);
				}
			}
			finally {
				this.startupTasksDone.countDown();
			}
		});
		if (this.await) {
			awaitStartupTasks(Duration.ofMinutes(10));
		}
	}

	private void run(StartupTask task) {
		long start = System.nanoTime();
		update(task.key(), State.RUNNING, 0, 0);
		try {
			Exception[] failure = { null };
			SystemActor.run(() -> {
				try {
					task.run((done, total) -> update(task.key(), State.RUNNING, done, total));
				}
				catch (Exception ex) {
					failure[0] = ex;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			update(task.key(), State.DONE, -1, -1);
			log.info("Background start-up task {} done in {} ms", task.key(), (System.nanoTime() - start) / 1_000_000);
		}
		catch (Exception | Error ex) {
			update(task.key(), State.FAILED, -1, -1);
			if (Thread.currentThread().isInterrupted() || (!this.running && interruption(ex))) {
				// Whoever caught the shutdown's interrupt and threw it on cleared the flag: set it again.
				Thread.currentThread().interrupt();
				log.info("Background start-up task {} stopped by the shutdown", task.key());
			}
			else {
				log.error("Background start-up task {} failed", task.key(), ex);
			}
		}
	}

	/** Whether {@code ex} is, or was caused by, an interruption (the shutdown stopping the work). */
	private static boolean interruption(Throwable ex) {
		// A bounded walk: causes can form a cycle.
		Throwable t = ex;
		for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
			if (t instanceof InterruptedException || t instanceof ClosedByInterruptException) {
				return true;
			}
		}
		return false;
	}

	/** Reports an activity of its own (e.g. an index rebuild) as running. */
	public Tracked begin(String key) {
		update(key, State.RUNNING, 0, 0);
		return new Tracked(key);
	}

	/** The activities still waiting or running, and those that failed, in the order they began. */
	public synchronized List<Activity> unfinished() {
		return this.activities.values().stream().filter(a -> a.state() != State.DONE).toList();
	}

	/** The start-up task or activity {@code key} as last reported, if it was. */
	public synchronized java.util.Optional<Activity> activity(String key) {
		return java.util.Optional.ofNullable(this.activities.get(key));
	}

	/** Whether the start-up task or activity {@code key} is waiting or running. */
	public synchronized boolean isActive(String key) {
		Activity a = this.activities.get(key);
		return a != null && a.active();
	}

	/** Waits until the start-up tasks are done (or the time is up); answers whether they are. */
	public boolean awaitStartupTasks(Duration timeout) {
		try {
			return this.startupTasksDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private synchronized void update(String key, State state, long done, long total) {
		Activity previous = this.activities.get(key);
		Instant now = Instant.now();
		Instant started = state == State.WAITING ? null
				: previous != null && previous.startedAt() != null && previous.active() && state != State.WAITING
						? previous.startedAt() : now;
		if (state == State.DONE || state == State.FAILED) {
			long d = previous != null ? previous.done() : 0;
			long t = previous != null ? previous.total() : 0;
			this.activities.put(key, new Activity(key, state, state == State.DONE ? t : d, t,
					previous != null ? previous.startedAt() : now, now));
			return;
		}
		if (previous != null && !previous.active()) {
			// Begun again (a second rebuild): it moves to the end, as the latest.
			this.activities.remove(key);
		}
		this.activities.put(key, new Activity(key, state, done, total, started, null));
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Stops the background work at shutdown: a lifecycle stops before any bean is destroyed, so the database and the
	 * index do not close under a running task.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.executor.shutdownNow();
		try {
			if (!this.executor.awaitTermination(20, TimeUnit.SECONDS)) {
				log.warn("Background start-up work still running at shutdown");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
