package org.siao.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;

/** Time that moves only when a test says so. */
final class FakeTicker implements Ticker {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	@Override
	public long read() {
		return nanos.get();
	}

	void advance(Duration duration) {
		nanos.addAndGet(duration.toNanos());
	}

}
