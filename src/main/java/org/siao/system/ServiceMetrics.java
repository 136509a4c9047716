package org.siao.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What the service counts, at {@code /actuator/metrics}: assessments by outcome with a latency
 * histogram, surveys refused by reason, drafts created, and rule changes published. Meters are
 * made once; recording one is a few atomic adds.
 */
@Component
public class ServiceMetrics {

	private final MeterRegistry registry;

	private final Timer assessedOk;

	private final Timer assessedInvalid;

	private final Timer assessedFailed;

	private final Counter draftsCreated;

	private final Map<String, Counter> rejected = new ConcurrentHashMap<>();

	private final Map<String, Counter> ruleChanges = new ConcurrentHashMap<>();

	public ServiceMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.assessedOk = assessments(registry, "ok");
		this.assessedInvalid = assessments(registry, "invalid");
		this.assessedFailed = assessments(registry, "error");
		this.draftsCreated = Counter.builder("siao.drafts.created").description("Drafts of the rules uploaded").register(registry);
	}

	private static Timer assessments(MeterRegistry registry, String outcome) {
		return Timer.builder("siao.assessments")
			.description("Surveys assessed against the live rules, from checks to written answer")
			.tag("outcome", outcome)
			.publishPercentiles(0.5, 0.99)
			.publishPercentileHistogram()
			.register(registry);
	}

	/**
	 * Runs one assessment and times it; {@code invalid} is the exception a survey whose answers do
	 * not fit together is refused with.
	 */
	public <T> T assessment(Supplier<T> work, Class<? extends RuntimeException> invalid) {
		long start = System.nanoTime();
		Timer outcome = assessedFailed;
		try {
			T result = work.get();
			outcome = assessedOk;
			return result;
		}
		catch (RuntimeException e) {
			outcome = invalid.isInstance(e) ? assessedInvalid : assessedFailed;
			throw e;
		}
		finally {
			outcome.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}

	/** A survey refused before assessment: {@code invalid-json}, {@code validation}, {@code inconsistent}, {@code too-large}. */
	public void rejected(String reason) {
		rejected.computeIfAbsent(reason, r -> Counter.builder("siao.surveys.rejected")
			.description("Requests refused because of their body, by reason").tag("reason", r).register(registry)).increment();
	}

	public void draftCreated() {
		draftsCreated.increment();
	}

	/** A change of the live rules by staff: {@code publish} or {@code rollback}. */
	public void rulesChanged(String kind) {
		ruleChanges.computeIfAbsent(kind, k -> Counter.builder("siao.rules.publishes")
			.description("Changes of the live rules by policy staff").tag("kind", k).register(registry)).increment();
	}

}
