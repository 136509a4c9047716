package org.siao.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignInThrottleTests {

	private final FakeTicker time = new FakeTicker();

	private final SignInThrottle.Policy policy = SignInThrottle.Policy.standard();

	private final SignInThrottle throttle = new SignInThrottle(policy, time);

	private long refusedFor(String user, String address) {
		SignInThrottled refused = catchThrowableOfType(SignInThrottled.class, () -> throttle.check(user, address));
		return refused == null ? 0 : refused.retryAfterSeconds();
	}

	private void fail(String user, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(user, address);
		}
	}

	@Test
	void aFewMistakesCostNothingThenEachFailureWaitsLonger() {
		fail("official", "10.0.0.1", policy.freeFailures() - 1);
		assertThat(refusedFor("official", "10.0.0.1")).isZero();

		fail("official", "10.0.0.1", 1);
		long first = refusedFor("official", "10.0.0.1");
		assertThat(first).isPositive();
		time.advance(Duration.ofSeconds(first));
		assertThat(refusedFor("official", "10.0.0.1")).as("after waiting").isZero();

		fail("official", "10.0.0.1", 1);
		assertThat(refusedFor("official", "10.0.0.1")).isGreaterThan(first);
	}

	@Test
	void manyFailuresLockThePairForAWhileButNotTheUserElsewhere() {
		fail("official", "10.0.0.1", policy.lockAfter());
		assertThat(refusedFor("official", "10.0.0.1")).isEqualTo(policy.lock().toSeconds());
		assertThat(refusedFor("OFFICIAL", "10.0.0.1")).as("the name's case does not matter").isPositive();
		time.advance(policy.maxDelay());
		assertThat(refusedFor("official", "10.0.0.1")).as("still locked after the longest delay").isPositive();

		assertThat(refusedFor("official", "10.0.0.2")).as("the same user from another address").isZero();
		assertThat(refusedFor("policy", "10.0.0.1")).as("another user from that address").isZero();

		time.advance(policy.lock());
		assertThat(refusedFor("official", "10.0.0.1")).isZero();
	}

	@Test
	void aRightPasswordClearsThePair() {
		fail("official", "10.0.0.1", policy.lockAfter() - 1);
		throttle.succeeded("official", "10.0.0.1");
		fail("official", "10.0.0.1", 1);
		assertThat(refusedFor("official", "10.0.0.1")).isZero();
	}

	@Test
	void oneAddressTryingManyNamesIsCappedAsAWhole() {
		for (int i = 0; i < policy.addressLimit(); i++) {
			throttle.failed("guess" + i, "203.0.113.9");
		}
		assertThat(refusedFor("official", "203.0.113.9")).as("a name never tried from there").isPositive();
		assertThatCode(() -> throttle.check("official", "10.0.0.1")).doesNotThrowAnyException();
		time.advance(policy.window());
		assertThat(refusedFor("official", "203.0.113.9")).isZero();
	}

}
