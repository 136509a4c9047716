package org.siao.security;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Slows, then stops, password guessing. Failures are counted per user and client address, and per
 * address alone. A pair that keeps failing must wait longer after each failure and is then locked
 * for a while; an address that fails too often, across any users, must wait too. A user is never
 * locked everywhere: someone guessing from one address cannot keep that user out from another, and
 * cannot lock everybody out.
 * <p>
 * Waiting is refused, not slept: a throttled attempt gets 429 at once and holds no thread.
 */
final class SignInThrottle {

	/**
	 * {@code freeFailures} cost nothing; each later one makes the pair wait twice as long as the one
	 * before, from {@code firstDelay} up to {@code maxDelay}; at {@code lockAfter} the pair is locked
	 * for {@code lock}. An address with {@code addressLimit} failures waits {@code window} after its
	 * last one. Counts are forgotten after a quiet {@code window} (pairs: after {@code lock}).
	 */
	record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lock,
			int addressLimit, Duration window) {

		static Policy standard() {
			return new Policy(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 10, Duration.ofMinutes(15), 30,
					Duration.ofMinutes(15));
		}

	}

	private record Pair(String user, String address) {
	}

	private record Failures(int count, long lastNanos) {

		Failures plusOne(long now) {
			return new Failures(count + 1, now);
		}

	}

	private final Policy policy;

	private final Ticker ticker;

	private final Cache<Pair, Failures> pairs;

	private final Cache<String, Failures> addresses;

	SignInThrottle(Policy policy, Ticker ticker) {
		this.policy = policy;
		this.ticker = ticker;
		// bounded: a flood of made-up names cannot grow memory, only push out the oldest counts
		this.pairs = Caffeine.newBuilder().ticker(ticker).maximumSize(100_000)
			.expireAfterWrite(policy.lock().compareTo(policy.window()) > 0 ? policy.lock() : policy.window()).build();
		this.addresses = Caffeine.newBuilder().ticker(ticker).maximumSize(100_000).expireAfterWrite(policy.window()).build();
	}

	/** Refuses the attempt, before any password is checked, when this pair or address must wait. */
	void check(String user, String address) {
		long now = ticker.read();
		long wait = Math.max(pairWait(pairs.getIfPresent(pair(user, address)), now),
				addressWait(addresses.getIfPresent(address), now));
		if (wait > 0) {
			throw new SignInThrottled(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
		}
	}

	void failed(String user, String address) {
		long now = ticker.read();
		Failures first = new Failures(1, now);
		pairs.asMap().merge(pair(user, address), first, (old, x) -> old.plusOne(now));
		addresses.asMap().merge(address, first, (old, x) -> old.plusOne(now));
	}

	/** A right password clears its pair; the address's count only fades, or one good account would reset it. */
	void succeeded(String user, String address) {
		pairs.invalidate(pair(user, address));
	}

	private long pairWait(Failures f, long now) {
		if (f == null || f.count() < policy.freeFailures()) {
			return 0;
		}
		long pause;
		if (f.count() >= policy.lockAfter()) {
			pause = policy.lock().toNanos();
		}
		else {
			int doublings = Math.min(f.count() - policy.freeFailures(), 30);
			pause = Math.min(policy.firstDelay().toNanos() << doublings, policy.maxDelay().toNanos());
		}
		return pause - (now - f.lastNanos());
	}

	private long addressWait(Failures f, long now) {
		if (f == null || f.count() < policy.addressLimit()) {
			return 0;
		}
		return policy.window().toNanos() - (now - f.lastNanos());
	}

	private static Pair pair(String user, String address) {
		return new Pair(user.toLowerCase(Locale.ROOT), address);
	}

}
