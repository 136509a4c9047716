package org.siao.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a look at something outside the process (a folder, a shared database) on one daemon thread
 * of its own, a fixed delay after the previous look ended, so a slow look never piles up behind
 * itself. A zero or negative interval turns it off. The look handles its own failures: one that
 * throws would stop the schedule.
 */
public final class Poller {

	private final String threadName;

	private final Duration interval;

	private final Runnable look;

	private ScheduledExecutorService executor;

	public Poller(String threadName, Duration interval, Runnable look) {
		this.threadName = threadName;
		this.interval = interval;
		this.look = look;
	}

	public void start() {
		if (interval.isZero() || interval.isNegative()) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, threadName);
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	public void stop() {
		if (executor != null) {
			executor.shutdownNow();
		}
	}

}
