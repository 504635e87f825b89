package org.uniregion.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class BackgroundWorkTests {

	@Test
	void startUpTasksRunOneAfterTheOtherInTheirOrderOnAThreadOfTheirOwnAndAFailureStopsNoOther() {
		List<String> ran = new CopyOnWriteArrayList<>();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("late", task("late", 90, p -> ran.add("late " + Thread.currentThread().getName() + " " + Caller.current().username())));
		beans.addBean("failing", task("failing", 50, p -> {
			throw new IllegalStateException("broken on purpose");
		}));
		beans.addBean("early", task("early", 10, p -> {
			p.progress(1, 2);
			ran.add("early");
		}));
		BackgroundWork work = new BackgroundWork(beans.getBeanProvider(StartupTask.class), true);
		work.start();
		work.startTasks();

		assertThat(ran).containsExactly("early", "late uniregion-background system");
		assertThat(work.unfinished()).extracting(BackgroundWork.Activity::key, BackgroundWork.Activity::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("failing", BackgroundWork.State.FAILED));
		work.stop();
	}

	/**
	 * A task the shutdown interrupts often catches the interrupt and throws it on (clearing the thread's flag): it
	 * was stopped, not broken, and the log says so instead of an error with its stack trace.
	 */
	@Test
	void aTaskThatThrowsItsInterruptionOnIsStoppedByTheShutdownNotFailed(CapturedOutput output) throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("interrupted", task("interrupted", 1, p -> {
			started.countDown();
			try {
				new CountDownLatch(1).await();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException("waiting for the API description", new ExecutionException(ex));
			}
		}));
		BackgroundWork work = new BackgroundWork(beans.getBeanProvider(StartupTask.class), false);
		work.start();
		work.startTasks();
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		work.stop();
		assertThat(work.activity("interrupted")).hasValueSatisfying(
				a -> assertThat(a.state()).isEqualTo(BackgroundWork.State.FAILED));
		assertThat(output).contains("Background start-up task interrupted stopped by the shutdown")
			.doesNotContain("Background start-up task interrupted failed");
	}

	@Test
	void anActivityReportedByItsOwnerIsUnfinishedUntilDoneWithItsProgress() {
		BackgroundWork work = new BackgroundWork(new StaticListableBeanFactory().getBeanProvider(StartupTask.class), false);
		BackgroundWork.Tracked rebuild = work.begin("search-rebuild");
		rebuild.progress(40, 100);
		assertThat(work.isActive("search-rebuild")).isTrue();
		assertThat(work.unfinished()).singleElement().satisfies(a -> {
			assertThat(a.state()).isEqualTo(BackgroundWork.State.RUNNING);
			assertThat(a.percent()).isEqualTo(40);
			assertThat(a.startedAt()).isNotNull();
		});
		rebuild.done();
		assertThat(work.unfinished()).isEmpty();
		assertThat(work.isActive("search-rebuild")).isFalse();
		work.startTasks();
		assertThat(work.awaitStartupTasks(Duration.ofSeconds(10))).isTrue();
		work.stop();
	}

	private static StartupTask task(String key, int order, Work work) {
		return new StartupTask() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public void run(BackgroundWork.Progress progress) {
				work.run(progress);
			}

		};
	}

	interface Work {

		void run(BackgroundWork.Progress progress);

	}

}
