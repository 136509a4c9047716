package org.siao.drafts;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where drafts are compiled, checked and run: a small pool of its own, a short queue and a time
 * limit, so policy staff trying drafts can never take the threads that answer assessments, and a
 * check that runs too long is stopped and reported instead of holding a request forever.
 * <p>
 * A check past its time is interrupted and abandoned; code that ignores the interrupt keeps its
 * worker until it ends, and meanwhile further drafts wait or are told to come back later. What
 * keeps a check short in the first place is what a draft may hold (see {@code TableOnlyDmn}).
 */
public final class DraftChecks {

	private final ThreadPoolExecutor pool;

	private final Duration timeout;

	public DraftChecks(int threads, int queue, Duration timeout) {
		this.timeout = timeout;
		// KIE finds its services through the context class loader: inside a Boot jar, that is the jar's
		ClassLoader classes = Thread.currentThread().getContextClassLoader();
		AtomicInteger count = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
			Thread thread = new Thread(r, "draft-check-" + count.incrementAndGet());
			thread.setDaemon(true);
			thread.setContextClassLoader(classes);
			return thread;
		}, new ThreadPoolExecutor.AbortPolicy());
	}

	Duration timeout() {
		return timeout;
	}

	/**
	 * Runs the task on the pool and waits for it within the time limit.
	 * @throws Busy when the pool and its queue are full
	 * @throws TooSlow when the task did not end in time (it is interrupted)
	 */
	<T> T run(Callable<T> task) {
		Future<T> future;
		try {
			future = pool.submit(task);
		}
		catch (RejectedExecutionException e) {
			throw new Busy();
		}
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			future.cancel(true);
			throw new TooSlow(timeout);
		}
		catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new TooSlow(timeout);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Checks waiting for a worker. */
	int waiting() {
		return pool.getQueue().size();
	}

	public void shutdown() {
		pool.shutdownNow();
	}

	/** Every worker is checking a draft and the queue is full. */
	public static class Busy extends RuntimeException {

		Busy() {
			super("draft checks are busy");
		}

	}

	/** A check that ran past its time and was abandoned. */
	public static class TooSlow extends RuntimeException {

		private final Duration timeout;

		TooSlow(Duration timeout) {
			super("draft check took longer than " + timeout);
			this.timeout = timeout;
		}

		public Duration timeout() {
			return timeout;
		}

	}

}
