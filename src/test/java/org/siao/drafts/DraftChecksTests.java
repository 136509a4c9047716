package org.siao.drafts;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Draft checks run within a time limit, on a pool of their own that refuses work once full. */
class DraftChecksTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private DraftChecks checks;

	@AfterEach
	void stop() {
		release.countDown();
		checks.shutdown();
	}

	@Test
	void aCheckPastItsTimeIsStoppedAndReported() throws Exception {
		checks = new DraftChecks(1, 1, Duration.ofMillis(200));
		CountDownLatch interrupted = new CountDownLatch(1);
		assertThatThrownBy(() -> checks.run(() -> {
			try {
				release.await();
			}
			catch (InterruptedException e) {
				interrupted.countDown();
			}
			return "done";
		})).isInstanceOf(DraftChecks.TooSlow.class);
		assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the worker was interrupted").isTrue();
		// the worker is free again for the next draft
		assertThat(checks.run(() -> "next")).isEqualTo("next");
	}

	@Test
	void aFullPoolSaysBusyInsteadOfQueueingForever() throws Exception {
		checks = new DraftChecks(1, 1, Duration.ofSeconds(30));
		CountDownLatch running = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> checks.run(() -> {
			running.countDown();
			release.await();
			return "first";
		}));
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> checks.run(() -> "queued"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (checks.waiting() == 0) {
			assertThat(System.nanoTime()).as("the second check never queued").isLessThan(deadline);
			Thread.onSpinWait();
		}
		assertThatThrownBy(() -> checks.run(() -> "third")).isInstanceOf(DraftChecks.Busy.class);
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
	}

	@Test
	void aFailureInsideTheCheckReachesTheCallerAsItself() {
		checks = new DraftChecks(1, 1, Duration.ofSeconds(30));
		assertThatThrownBy(() -> checks.run(() -> {
			throw new IllegalArgumentException("no kept rules version x");
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("no kept rules version x");
	}

}
